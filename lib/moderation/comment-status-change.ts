import "server-only";
import type { CommentStatus, Prisma } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT } from "@/lib/discussion/comment-dto";
import { publishCommentCreated, publishCommentUpdated } from "@/lib/discussion/comment-events";
import { notifyThread } from "@/lib/discussion/notify-thread";

/** What a status change needs to know of the comment before it. */
export type StatusChangeSubject = { id: string; articleId: string; parentId: string | null; rootId: string | null; status: CommentStatus };

/**
 * Moves a comment to `status` with `data` (reason, flags, who moderated), keeps
 * its ancestors' replyCount (published comments below them) right, and tells
 * open pages: a withdrawn comment leaves other readers' threads (their clients
 * treat a non-published comment.updated as a withdrawal); one published by
 * approval arrives like a new comment; a restored one comes back in place.
 * Notifications follow: a withdrawn comment's would lead nowhere, so they go;
 * a published one notifies whom it answers and mentions (again, if restored).
 */
export async function changeCommentStatus(
  tx: Prisma.TransactionClient,
  subject: StatusChangeSubject,
  status: CommentStatus,
  data: Prisma.CommentUpdateInput,
): Promise<void> {
  const row = await tx.comment.update({ where: { id: subject.id }, data: { ...data, status }, select: COMMENT_SELECT });
  const wasPublished = subject.status === "PUBLISHED";
  const isPublished = status === "PUBLISHED";
  if (wasPublished === isPublished) return;
  const ancestors = [...new Set([subject.parentId, subject.rootId].filter((id): id is string => id !== null))];
  if (ancestors.length > 0) {
    await tx.comment.updateMany({
      where: { id: { in: ancestors } },
      data: { replyCount: isPublished ? { increment: 1 } : { decrement: 1 } },
    });
  }
  if (isPublished) {
    const parent = row.parentId ? await tx.comment.findUnique({ where: { id: row.parentId }, select: { authorId: true } }) : null;
    await notifyThread(tx, row, { replyRecipientId: row.replyToUser?.id ?? parent?.authorId ?? null, notifyReply: true });
  } else {
    await tx.notification.deleteMany({ where: { commentId: row.id } });
  }
  if (isPublished && subject.status === "PENDING") await publishCommentCreated(tx, subject.articleId, row);
  else await publishCommentUpdated(tx, subject.articleId, row);
}

/** Locks the comment's row until the transaction ends: moderators acting at once apply one after the other. */
export async function lockComment(tx: Prisma.TransactionClient, id: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${id} FOR UPDATE`;
}
