import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorCount, ArticleEventPayloads } from "@/lib/realtime/article-event-types";
import { publishArticleEvent } from "@/lib/realtime/publish-article-event";
import { toNeutralCommentDto, type CommentRow } from "@/lib/discussion/comment-dto";

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
  const count = await tx.comment.count({ where: { articleId, anchor, status: "PUBLISHED" } });
  return { anchor, count };
}

export async function publishCommentCreated(tx: Prisma.TransactionClient, articleId: string, row: CommentRow): Promise<void> {
  const payload: ArticleEventPayloads["comment.created"] = {
    comment: toNeutralCommentDto(row),
    counts: await countDiscussion(tx, articleId, row.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.created", payload });
}

export async function publishCommentUpdated(tx: Prisma.TransactionClient, articleId: string, row: CommentRow): Promise<void> {
  const payload: ArticleEventPayloads["comment.updated"] = {
    comment: toNeutralCommentDto(row),
    counts: await countDiscussion(tx, articleId, row.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.updated", payload });
}

export async function publishCommentDeleted(
  tx: Prisma.TransactionClient,
  articleId: string,
  deleted: Omit<ArticleEventPayloads["comment.deleted"], "counts">,
): Promise<void> {
  const payload: ArticleEventPayloads["comment.deleted"] = {
    ...deleted,
    counts: await countDiscussion(tx, articleId, deleted.anchor),
  };
  await publishArticleEvent(tx, { articleId, type: "comment.deleted", payload });
}

export async function publishCommentLiked(tx: Prisma.TransactionClient, articleId: string, liked: ArticleEventPayloads["comment.liked"]): Promise<void> {
  await publishArticleEvent(tx, { articleId, type: "comment.liked", payload: liked });
}
