import "server-only";
import { documentText, type DocumentText } from "@/lib/anchoring/document-text";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ArticleDocument = { articleId: string; slug: string; sourceDigest: string; doc: DocumentText };

/**
 * The text highlights refer to: every current block in reading order, as the
 * article page renders them (each with data-block and data-block-text, see
 * lib/anchoring/dom.ts). The article row is share-locked until the
 * transaction ends, so a re-import (which re-anchors every highlight) cannot
 * change the text between this check and the highlight being stored.
 */
export async function loadArticleDocument(tx: Prisma.TransactionClient, slug: string): Promise<ArticleDocument> {
  const [article] = await tx.$queryRaw<{ id: string; sourceDigest: string }[]>`
    SELECT "id", "sourceDigest" FROM "Article" WHERE "slug" = ${slug} FOR SHARE`;
  if (!article) throw new AppError("not_found", "No article with that address.");
  const blocks = await tx.block.findMany({
    where: { articleId: article.id, removedAt: null },
    orderBy: { position: "asc" },
    select: { anchor: true, text: true },
  });
  return { articleId: article.id, slug, sourceDigest: article.sourceDigest, doc: documentText(blocks) };
}
