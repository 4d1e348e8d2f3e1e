import { getFormatter, getTranslations } from "next-intl/server";
import { ViewCounter } from "@/components/article/view-counter";
import type { ArticleDto } from "@/lib/api/article-schemas";

export async function ArticleMeta({ article }: { article: ArticleDto }) {
  const t = await getTranslations("article");
  const format = await getFormatter();
  const published = new Date(article.publishedAt);
  return (
    <p className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted" data-testid="article-meta">
      {article.isOriginal && (
        <span className="rounded bg-accent/10 px-1.5 py-0.5 text-xs font-medium text-accent">{t("original")}</span>
      )}
      <time dateTime={article.publishedAt}>
        {t("publishedOn", { date: format.dateTime(published, { year: "numeric", month: "long", day: "numeric" }) })}
      </time>
      <span aria-hidden="true">·</span>
      <ViewCounter slug={article.slug} initialViews={article.views} />
    </p>
  );
}
