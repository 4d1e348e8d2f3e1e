import "server-only";
import type { NotificationPageDto } from "@/lib/api/comment-schemas";
import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { decodeNotificationCursor, encodeNotificationCursor } from "@/lib/discussion/cursor";
import { notificationReader } from "@/lib/discussion/notification-reader";
import { NOTIFICATION_SELECT, toNotificationDto, visibleNotificationsWhere } from "@/lib/discussion/notification-dto";

/** The user's notifications (those they may still see), newest first, a keyset page at a time. */
export async function listNotifications(options: {
  /** The signed-in user (null: 401). */
  user: { id: string } | null;
  cursor?: string;
  limit: number;
  db?: PrismaClient;
}): Promise<NotificationPageDto> {
  const { limit, db = getDb() } = options;
  const user = notificationReader(options.user);
  const cursor = options.cursor ? decodeNotificationCursor(options.cursor) : null;
  const after: Prisma.NotificationWhereInput = cursor
    ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
    : {};
  const rows = await db.notification.findMany({
    where: { AND: [visibleNotificationsWhere(user.id), after] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: NOTIFICATION_SELECT,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    notifications: page.map(toNotificationDto),
    nextCursor: rows.length > limit && last ? encodeNotificationCursor(last) : null,
  };
}
