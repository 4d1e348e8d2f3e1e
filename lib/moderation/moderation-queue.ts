import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { QueuePage, QueueTab } from "@/lib/api/moderation-schemas";
import { OUTSIDE_PRIVATE_NOTES } from "@/lib/discussion/comment-visibility";
import { decodeListCursor, encodeListCursor, type ListCursor } from "@/lib/discussion/cursor";
import { assertModerator } from "@/lib/moderation/moderation-roles";
import { QUEUE_COMMENT_SELECT, toQueueItems } from "@/lib/moderation/queue-items";

/** Which comments each tab lists (also counted for the tab labels). */
export const TAB_WHERE: Record<QueueTab, Prisma.CommentWhereInput> = {
  pending: { status: "PENDING", ...OUTSIDE_PRIVATE_NOTES },
  reported: { reportCount: { gt: 0 }, status: { not: "DELETED" }, ...OUTSIDE_PRIVATE_NOTES },
  hidden: { status: "HIDDEN", ...OUTSIDE_PRIVATE_NOTES },
  recent: { status: { not: "DELETED" }, ...OUTSIDE_PRIVATE_NOTES },
};

export type QueueOrder = "newest" | "oldest";

/**
 * Held comments wait for a decision, so the one that has waited longest comes
 * first (first in, first out); the other tabs are for catching up, newest first.
 */
export const TAB_ORDER: Record<QueueTab, QueueOrder> = { pending: "oldest", reported: "newest", hidden: "newest", recent: "newest" };

/** Resuming strictly after the cursor, in the list's order. */
export function resumeAfter(cursor: ListCursor | null, order: QueueOrder): Prisma.CommentWhereInput {
  if (!cursor) return {};
  const beyond = order === "newest" ? "lt" : "gt";
  return { OR: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }] };
}

/** One page of comments (keyset pagination, newest first unless told) with their full moderation context. */
export async function listQueueComments(
  db: Prisma.TransactionClient,
  options: { where: Prisma.CommentWhereInput; list: string; cursor?: string; limit: number; now: Date; order?: QueueOrder },
): Promise<QueuePage> {
  const order = options.order ?? "newest";
  const direction = order === "newest" ? "desc" : "asc";
  const cursor = options.cursor ? decodeListCursor(options.cursor, options.list) : null;
  const rows = await db.comment.findMany({
    where: { AND: [options.where, resumeAfter(cursor, order)] },
    select: QUEUE_COMMENT_SELECT,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: options.limit + 1,
  });
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > options.limit && last ? encodeListCursor(options.list, last) : null;
  return { items: await toQueueItems(db, page, options.now), nextCursor };
}

/** The moderation queue's tabs, comments and notes alike, each in its TAB_ORDER. */
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
  return listQueueComments(db, {
    where: TAB_WHERE[tab],
    list: `queue:${tab}`,
    cursor: options.cursor,
    limit: options.limit ?? 20,
    now: options.now ?? new Date(),
    order: TAB_ORDER[tab],
  });
}
