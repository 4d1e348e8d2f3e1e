import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT } from "@/lib/discussion/comment-dto";

/**
 * The actor's own comment, locked until the transaction ends so that two
 * edits (or an edit and a delete) of it apply one after the other. 404 when
 * there is no such comment or the actor may not see it; 403 when it is
 * someone else's.
 */
export async function loadOwnComment(tx: Prisma.TransactionClient, actor: ActiveUser, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "Comment" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.comment.findUnique({ where: { id }, select: { ...COMMENT_SELECT, articleId: true } });
  if (!row) throw new AppError("not_found", "No comment with that id.");
  if (row.authorId !== actor.id) {
    // Held or removed comments of others are not even acknowledged.
    if (row.status === "PENDING" || row.status === "HIDDEN" || row.status === "REJECTED") {
      throw new AppError("not_found", "No comment with that id.");
    }
    throw new AppError("forbidden", "Only its author can change a comment.");
  }
  return row;
}
