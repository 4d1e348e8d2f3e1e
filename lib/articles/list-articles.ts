import "server-only";
import { getDb } from "@/lib/db/client";
import { toArticleSummaryDto } from "@/lib/articles/article-dto";
import type { ArticleSummaryDto } from "@/lib/api/article-schemas";

export async function listArticles(): Promise<ArticleSummaryDto[]> {
  const articles = await getDb().article.findMany({ orderBy: { publishedAt: "desc" } });
  return articles.map(toArticleSummaryDto);
}
