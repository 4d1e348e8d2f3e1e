import "server-only";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notificationReader } from "@/lib/discussion/notification-reader";
import { countUnreadNotifications } from "@/lib/discussion/count-unread-notifications";

/**
 * Marks the user's notifications read: the given ones, or all. Ids of other
 * users' notifications are ignored (they match nothing of this user's), so
 * the answer reveals nothing about them. Returns what is still unread.
 */
export async function markNotificationsRead(options: {
  /** The signed-in user (null: 401). */
  user: { id: string } | null;
  target: { ids: readonly string[] } | { all: true };
  db?: PrismaClient;
  now?: Date;
}): Promise<number> {
  const { target, db = getDb() } = options;
  const user = notificationReader(options.user);
  const which = "ids" in target ? { id: { in: [...target.ids] } } : {};
  await db.notification.updateMany({ where: { userId: user.id, readAt: null, ...which }, data: { readAt: options.now ?? new Date() } });
  return countUnreadNotifications({ user, db });
}
