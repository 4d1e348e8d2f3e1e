import "server-only";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notificationReader } from "@/lib/discussion/notification-reader";
import { visibleNotificationsWhere } from "@/lib/discussion/notification-dto";

/** Unread notifications of the signed-in user (null: 401), of comments they may still see. */
export async function countUnreadNotifications(options: { user: { id: string } | null; db?: PrismaClient }): Promise<number> {
  const { db = getDb() } = options;
  const user = notificationReader(options.user);
  return db.notification.count({ where: { ...visibleNotificationsWhere(user.id), readAt: null } });
}
