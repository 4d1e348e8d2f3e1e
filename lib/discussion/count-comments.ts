import "server-only";
import type { CommentCountsDto } from "@/lib/api/comment-schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { COMMENTABLE_DB_KINDS } from "@/lib/discussion/commentable-blocks";

/**
 * Published comments (replies included) per commentable block and on the
 * whole article; notes' threads are not the paragraphs' and are not counted.
 * Every current commentable block is listed, with 0 when it has
 * none, so the keys also tell a client where comments can go. One GROUP BY.
 */
export async function countComments(options: { slug: string; db?: PrismaClient }): Promise<CommentCountsDto> {
  const { db = getDb() } = options;
  const article = await db.article.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!article) throw new AppError("not_found", "No article with that address.");
  const [blocks, groups] = await Promise.all([
    db.block.findMany({
      where: { articleId: article.id, removedAt: null, kind: { in: [...COMMENTABLE_DB_KINDS] } },
      orderBy: { position: "asc" },
      select: { anchor: true },
    }),
    db.comment.groupBy({ by: ["anchor"], where: { articleId: article.id, highlightId: null, status: "PUBLISHED" }, _count: { _all: true } }),
  ]);
  const counted = new Map(groups.map((group) => [group.anchor, group._count._all]));
  return {
    blocks: Object.fromEntries(blocks.map(({ anchor }) => [anchor, counted.get(anchor) ?? 0])),
    article: counted.get(null) ?? 0,
  };
}
