import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getArticle } from "@/lib/articles/get-article";
import type { ArticleDto } from "@/lib/api/article-schemas";

/** For pages: the article, or Next's not-found page. */
export async function findArticleOr404(slug: string): Promise<ArticleDto> {
  try {
    return await getArticle(slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
