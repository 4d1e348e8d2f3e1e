import type { Article, Block, BlockKind, RelatedArticle } from "@/lib/generated/prisma/client";
import type { ArticleDto, ArticleSummaryDto, BlockDto } from "@/lib/api/article-schemas";

const KIND_NAMES: Record<BlockKind, BlockDto["kind"]> = {
  PARAGRAPH: "paragraph",
  HEADING: "heading",
  FIGURE: "figure",
  DISCLAIMER: "disclaimer",
};

export function totalViews(article: Pick<Article, "baseViews" | "countedViews">): number {
  return article.baseViews + article.countedViews;
}

export function toArticleSummaryDto(article: Article): ArticleSummaryDto {
  return {
    slug: article.slug,
    title: article.title,
    subtitle: article.subtitle,
    isOriginal: article.isOriginal,
    publishedAt: article.publishedAt.toISOString(),
    views: totalViews(article),
  };
}

export function toArticleDto(article: Article & { blocks: Block[]; related: RelatedArticle[] }): ArticleDto {
  return {
    ...toArticleSummaryDto(article),
    byline: article.bylineSource,
    blocks: article.blocks.map((block) => ({
      anchor: block.anchor,
      kind: KIND_NAMES[block.kind],
      label: block.label,
      text: block.text,
    })),
    related: article.related.map(({ title, timeLabel }) => ({ title, timeLabel })),
  };
}
