import "server-only";
import type { CommentDto } from "@/lib/api/comment-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canEditComment, COMMENT_SELECT, toCommentDto, toCommentViewer } from "@/lib/discussion/comment-dto";
import { publishCommentUpdated } from "@/lib/discussion/comment-events";
import { loadOwnComment } from "@/lib/discussion/load-own-comment";
import { notifyThread } from "@/lib/discussion/notify-thread";
import { validCommentBody } from "@/lib/discussion/valid-comment-body";

/**
 * Changes the body of the actor's own comment and marks it edited; the
 * previous body is kept as a revision for moderators. Newly mentioned
 * participants are notified. Saving the same text again changes nothing.
 */
export async function editComment(options: { actor: ActiveUser; id: string; body: string; db?: PrismaClient; now?: Date }): Promise<CommentDto> {
  const { actor, id, db = getDb() } = options;
  const body = validCommentBody(options.body);
  const now = options.now ?? new Date();
  const viewer = toCommentViewer(actor, now);

  const row = await db.$transaction(async (tx) => {
    const current = await loadOwnComment(tx, actor, id);
    if (!canEditComment(current, viewer)) throw new AppError("conflict", "This comment can no longer be edited.");
    if (current.body === body) return current;
    await tx.commentRevision.create({ data: { commentId: id, body: current.body, createdAt: now } });
    const updated = await tx.comment.update({ where: { id }, data: { body, editedAt: now }, select: COMMENT_SELECT });
    // Whom the reply answers was notified when it was posted; only mentions can be new.
    const parent = updated.parentId
      ? await tx.comment.findUnique({ where: { id: updated.parentId }, select: { authorId: true } })
      : null;
    await notifyThread(tx, updated, { replyRecipientId: updated.replyToUser?.id ?? parent?.authorId ?? null, notifyReply: false });
    if (updated.status === "PUBLISHED") await publishCommentUpdated(tx, current.articleId, updated);
    return updated;
  });
  const liked = await db.commentLike.findUnique({ where: { commentId_userId: { commentId: id, userId: actor.id } }, select: { commentId: true } });
  return toCommentDto(row, viewer, new Set(liked ? [id] : []));
}
