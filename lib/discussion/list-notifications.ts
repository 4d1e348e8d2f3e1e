import "server-only";
import type { NotificationPageDto } from "@/lib/api/comment-schemas";
import { getDb } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { decodeNotificationCursor, encodeNotificationCursor } from "@/lib/discussion/cursor";
import { notificationReader } from "@/lib/discussion/notification-reader";
import { NOTIFICATION_SELECT, toNotificationDto } from "@/lib/discussion/notification-dto";

type Key = { id: string; createdAt: Date };

/** The user's notifications, newest first, a keyset page at a time. */
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
  const after = cursor ? Prisma.sql`AND ("createdAt", "id") < (${cursor.createdAt}::timestamp(3), ${cursor.id})` : Prisma.empty;
  const keys = await db.$queryRaw<Key[]>`
    SELECT "id", "createdAt" FROM "Notification"
    WHERE "userId" = ${user.id} ${after}
    ORDER BY "createdAt" DESC, "id" DESC
    LIMIT ${limit + 1}`;
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = keys.length > limit && last ? encodeNotificationCursor(last) : null;
  const rows = await db.notification.findMany({ where: { id: { in: page.map((key) => key.id) } }, select: NOTIFICATION_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return {
    notifications: page.flatMap((key) => {
      const row = byId.get(key.id);
      return row ? [toNotificationDto(row)] : [];
    }),
    nextCursor,
  };
}
