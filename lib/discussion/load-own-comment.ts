import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT } from "@/lib/discussion/comment-dto";
import { isCommentReachable, isThreadVisible, THREAD_HIGHLIGHT_SELECT } from "@/lib/discussion/comment-visibility";

/**
 * The actor's own comment, locked until the transaction ends so that two
 * edits (or an edit and a delete) of it apply one after the other. 404 when
 * there is no such comment or the actor may not see it (someone else's held,
 * removed or deleted one, or one in another's private note); 403 when it is
 * someone else's they can see.
 */
export async function loadOwnComment(tx: Prisma.TransactionClient, actor: ActiveUser, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.comment.findUnique({ where: { id }, select: { ...COMMENT_SELECT, articleId: true, ...THREAD_HIGHLIGHT_SELECT } });
  const own = row?.authorId === actor.id;
  // Authors reach their own deleted comments too (deleting twice is a no-op), but not in a thread they can no longer see.
  if (!row || !(own ? isThreadVisible(row.highlight, actor.id) : isCommentReachable(row, actor.id))) {
    throw new AppError("not_found", "No comment with that id.");
  }
  if (!own) throw new AppError("forbidden", "Only its author can change a comment.");
  return row;
}
