import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { QueuePage, QueueTab } from "@/lib/api/moderation-schemas";
import { decodeListCursor, encodeListCursor, type ListCursor } from "@/lib/discussion/cursor";
import { assertModerator } from "@/lib/moderation/moderation-roles";
import { QUEUE_COMMENT_SELECT, toQueueItems } from "@/lib/moderation/queue-items";

/** A private note is its writer's alone, moderators included; public notes are moderated like comments. */
export const NOT_PRIVATE_NOTE = { OR: [{ highlightId: null }, { highlight: { visibility: "PUBLIC" } }] } satisfies Prisma.CommentWhereInput;

/** Which comments each tab lists (also counted for the tab labels). */
export const TAB_WHERE: Record<QueueTab, Prisma.CommentWhereInput> = {
  pending: { status: "PENDING", ...NOT_PRIVATE_NOTE },
  reported: { reportCount: { gt: 0 }, status: { not: "DELETED" }, ...NOT_PRIVATE_NOTE },
  hidden: { status: "HIDDEN", ...NOT_PRIVATE_NOTE },
  recent: { status: { not: "DELETED" }, ...NOT_PRIVATE_NOTE },
};

/** Newest first, resuming strictly after the cursor. */
export function newestFirstAfter(cursor: ListCursor | null): Prisma.CommentWhereInput {
  if (!cursor) return {};
  return { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] };
}

/** One page of comments (pages of newest-first keyset pagination) with their full moderation context. */
export async function listQueueComments(
  db: Prisma.TransactionClient,
  options: { where: Prisma.CommentWhereInput; list: string; cursor?: string; limit: number; now: Date },
): Promise<QueuePage> {
  const cursor = options.cursor ? decodeListCursor(options.cursor, options.list) : null;
  const rows = await db.comment.findMany({
    where: { AND: [options.where, newestFirstAfter(cursor)] },
    select: QUEUE_COMMENT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit + 1,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > options.limit && last ? encodeListCursor(options.list, last) : null;
  return { items: await toQueueItems(db, page, options.now), nextCursor };
}

/** The moderation queue's tabs, comments and notes alike, newest first. */
export async function listModerationQueue(options: {
  actor: ActiveUser;
  tab: QueueTab;
  cursor?: string;
  limit?: number;
  db?: PrismaClient;
  now?: Date;
}): Promise<QueuePage> {
  const { actor, tab, db = getDb() } = options;
  assertModerator(actor);
  return listQueueComments(db, { where: TAB_WHERE[tab], list: `queue:${tab}`, cursor: options.cursor, limit: options.limit ?? 20, now: options.now ?? new Date() });
}
