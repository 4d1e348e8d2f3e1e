import "server-only";
import type { LikeStateDto } from "@/lib/api/comment-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { publishCommentLiked } from "@/lib/discussion/comment-events";
import { isCommentReachable, THREAD_HIGHLIGHT_SELECT } from "@/lib/discussion/comment-visibility";

/**
 * Likes (liked: true, PUT) or unlikes (false, DELETE) a comment: one like per
 * user per comment, so repeating either is a no-op that returns the same
 * state. The counter and the live event change only when the like did. A
 * comment the actor may not see (deleted, another's held one, one in
 * another's private note) is not there: 404, nothing written.
 */
export async function setLike(options: { actor: ActiveUser; id: string; liked: boolean; db?: PrismaClient }): Promise<LikeStateDto> {
  const { actor, id, liked, db = getDb() } = options;
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({
      where: { id },
      select: { articleId: true, authorId: true, status: true, likeCount: true, highlightId: true, ...THREAD_HIGHLIGHT_SELECT },
    });
    if (!comment || !isCommentReachable(comment, actor.id)) throw new AppError("not_found", "No comment with that id.");
    if (liked && comment.status !== "PUBLISHED") throw new AppError("conflict", "Only published comments can be liked.");

    const changed = liked
      ? (await tx.commentLike.createMany({ data: [{ commentId: id, userId: actor.id }], skipDuplicates: true })).count
      : (await tx.commentLike.deleteMany({ where: { commentId: id, userId: actor.id } })).count;
    if (changed === 0) return { likeCount: comment.likeCount, likedByMe: liked };

    const { likeCount } = await tx.comment.update({
      where: { id },
      data: { likeCount: liked ? { increment: 1 } : { decrement: 1 } },
      select: { likeCount: true },
    });
    await publishCommentLiked(tx, comment.articleId, comment.highlightId, { id, likeCount });
    return { likeCount, likedByMe: liked };
  });
}
