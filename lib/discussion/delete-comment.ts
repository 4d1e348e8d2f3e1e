import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publishCommentDeleted } from "@/lib/discussion/comment-events";
import { loadOwnComment } from "@/lib/discussion/load-own-comment";

/**
 * Deletes the actor's own comment, softly: the row stays so that its replies
 * keep their place under a "此评论已删除" placeholder, but its body is moved
 * to a revision (for moderators) and never served again. Deleting a deleted
 * comment changes nothing.
 */
export async function deleteComment(options: { actor: ActiveUser; id: string; db?: PrismaClient; now?: Date }): Promise<void> {
  const { actor, id, db = getDb() } = options;
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const current = await loadOwnComment(tx, actor, id);
    if (current.status === "DELETED") return;
    await tx.commentRevision.create({ data: { commentId: id, body: current.body, createdAt: now } });
    await tx.comment.update({ where: { id }, data: { status: "DELETED", body: "", deletedAt: now } });
    // Ancestors count published comments below them; this one no longer is.
    const ancestors = [...new Set([current.parentId, current.rootId].filter((ancestor): ancestor is string => ancestor !== null))];
    const wasPublished = current.status === "PUBLISHED";
    if (wasPublished && ancestors.length > 0) {
      await tx.comment.updateMany({ where: { id: { in: ancestors } }, data: { replyCount: { decrement: 1 } } });
    }
    // "X replied to you" about a comment that is gone would lead nowhere.
    await tx.notification.deleteMany({ where: { commentId: id } });
    // Readers never saw a held or removed comment, so they hear nothing of its end.
    if (!wasPublished) return;
    await publishCommentDeleted(tx, current.articleId, {
      id,
      anchor: current.anchor,
      highlightId: current.highlightId,
      rootId: current.rootId ?? id,
      parentId: current.parentId,
      keepsPlaceholder: current.replyCount > 0,
    });
  });
}
