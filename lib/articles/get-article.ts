import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { toArticleDto } from "@/lib/articles/article-dto";
import type { ArticleDto } from "@/lib/api/article-schemas";

/** The article with its current blocks in reading order; cached per request. */
export const getArticle = cache(async (slug: string): Promise<ArticleDto> => {
  const article = await getDb().article.findUnique({
    where: { slug },
    include: {
      blocks: { where: { removedAt: null }, orderBy: { position: "asc" } },
      related: { orderBy: { position: "asc" } },
    },
  });
  if (!article) throw new AppError("not_found", "No article with that address.");
  return toArticleDto(article);
});
