import { getTranslations } from "next-intl/server";
import type { ArticleDto } from "@/lib/api/article-schemas";

export async function RelatedArticles({ related }: { related: ArticleDto["related"] }) {
  if (related.length === 0) return null;
  const t = await getTranslations("article");
  return (
    <nav aria-labelledby="related-heading" className="mt-12 border-t border-black/10 pt-6">
      <h2 id="related-heading" className="mb-3 text-base font-semibold">
        {t("related")}
      </h2>
      <ul className="space-y-3" data-testid="related-articles">
        {related.map((item) => (
          <li key={item.title} className="text-[0.95rem] leading-relaxed">
            <span>{item.title}</span>
            <span className="ml-2 whitespace-nowrap text-xs text-muted">· {item.timeLabel}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
