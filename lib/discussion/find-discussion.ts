import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { COMMENTABLE_DB_KINDS } from "@/lib/discussion/commentable-blocks";

export type Discussion = { articleId: string; anchor: string | null };

/**
 * The discussion of a block (anchor) or of the whole article (null). The
 * article must exist (404); the anchor must be a commentable block of that
 * article (422), and a current one to write there: the threads of blocks a
 * revision removed stay readable, but take no new comments.
 */
export async function findDiscussion(
  db: Prisma.TransactionClient,
  options: { slug: string; anchor: string | null; forWriting: boolean },
): Promise<Discussion> {
  const article = await db.article.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!article) throw new AppError("not_found", "No article with that address.");
  if (options.anchor !== null) {
    const block = await db.block.findUnique({
      where: { articleId_anchor: { articleId: article.id, anchor: options.anchor } },
      select: { kind: true, removedAt: true },
    });
    const commentable = block !== null && COMMENTABLE_DB_KINDS.includes(block.kind) && !(options.forWriting && block.removedAt);
    if (!commentable) {
      throw new AppError("validation_failed", "That is not a block of this article that takes comments.", {
        anchor: ["unknown_anchor"],
      });
    }
  }
  return { articleId: article.id, anchor: options.anchor };
}
