import "server-only";
import type { CommentDto } from "@/lib/api/comment-schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorCount, ArticleEventPayloads } from "@/lib/realtime/article-event-types";
import { publishArticleEvent } from "@/lib/realtime/publish-article-event";
import { toNeutralCommentDto, type CommentRow } from "@/lib/discussion/comment-dto";
import { isThreadVisible, THREAD_HIGHLIGHT_SELECT } from "@/lib/discussion/comment-visibility";

/**
 * Live events of the discussion, published inside the mutation's transaction
 * so that a reader never sees an event for a change that did not commit.
 */

// First key of our two-key advisory lock ("MGDC"), apart from the event log's own.
const DISCUSSION_LOCK_SPACE = 0x4d_47_44_43;

/**
 * Serialises the article's discussion writers from here to commit, so the
 * count read next includes every change committed before ours and counts in
 * successive events never go back. Always taken before publishArticleEvent's
 * lock, in that order, so the two cannot deadlock.
 */
async function lockDiscussion(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DISCUSSION_LOCK_SPACE}::int4, hashtext(${articleId}))`;
}

/** Published comments (replies included) of one discussion, as the counts endpoint reports them. */
async function countDiscussion(tx: Prisma.TransactionClient, articleId: string, anchor: string | null): Promise<AnchorCount> {
  await lockDiscussion(tx, articleId);
  const count = await tx.comment.count({ where: { articleId, anchor, highlightId: null, status: "PUBLISHED" } });
  return { anchor, count };
}

/** Whether anyone (every subscriber, signed out included) may see the thread of a comment on `highlightId`. */
async function isPublicThread(tx: Prisma.TransactionClient, highlightId: string | null): Promise<boolean> {
  if (highlightId === null) return true;
  const highlight = await tx.highlight.findUnique({ where: { id: highlightId }, select: THREAD_HIGHLIGHT_SELECT.highlight.select });
  return highlight !== null && isThreadVisible(highlight, null);
}

/**
 * A note's thread has its own events (highlight.comment.*), announced only
 * while anyone may see it (isThreadVisible): a private note's thread is its
 * owner's alone.
 * Returns whether the comment belongs to a note (and was dealt with here).
 */
async function publishNoteComment(
  tx: Prisma.TransactionClient,
  articleId: string,
  highlightId: string | null,
  event: { type: "highlight.comment.created" | "highlight.comment.updated"; payload: { comment: CommentDto } } | { type: "highlight.comment.deleted"; payload: ArticleEventPayloads["highlight.comment.deleted"] },
): Promise<boolean> {
  if (highlightId === null) return false;
  if (await isPublicThread(tx, highlightId)) await publishArticleEvent(tx, { articleId, ...event });
  return true;
}

export async function publishCommentCreated(tx: Prisma.TransactionClient, articleId: string, row: CommentRow): Promise<void> {
  if (await publishNoteComment(tx, articleId, row.highlightId, { type: "highlight.comment.created", payload: { comment: toNeutralCommentDto(row) } })) return;
  const payload: ArticleEventPayloads["comment.created"] = {
    comment: toNeutralCommentDto(row),
    counts: await countDiscussion(tx, articleId, row.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.created", payload });
}

export async function publishCommentUpdated(tx: Prisma.TransactionClient, articleId: string, row: CommentRow): Promise<void> {
  if (await publishNoteComment(tx, articleId, row.highlightId, { type: "highlight.comment.updated", payload: { comment: toNeutralCommentDto(row) } })) return;
  const payload: ArticleEventPayloads["comment.updated"] = {
    comment: toNeutralCommentDto(row),
    counts: await countDiscussion(tx, articleId, row.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.updated", payload });
}

export async function publishCommentDeleted(
  tx: Prisma.TransactionClient,
  articleId: string,
  { highlightId, ...deleted }: Omit<ArticleEventPayloads["comment.deleted"], "counts"> & { highlightId: string | null },
): Promise<void> {
  if (highlightId !== null) {
    await publishNoteComment(tx, articleId, highlightId, { type: "highlight.comment.deleted", payload: { ...deleted, highlightId } });
    return;
  }
  const payload: ArticleEventPayloads["comment.deleted"] = {
    ...deleted,
    counts: await countDiscussion(tx, articleId, deleted.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.deleted", payload });
}

export async function publishCommentLiked(
  tx: Prisma.TransactionClient,
  articleId: string,
  highlightId: string | null,
  liked: ArticleEventPayloads["comment.liked"],
): Promise<void> {
  // Even a bare id from a private note's thread would tell everyone it exists.
  if (!(await isPublicThread(tx, highlightId))) return;
  await publishArticleEvent(tx, { articleId, type: "comment.liked", payload: liked });
}
