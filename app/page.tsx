import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listArticles } from "@/lib/articles/list-articles";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const [articles, t, format] = await Promise.all([listArticles(), getTranslations("home"), getFormatter()]);
  return (
    <div className="mx-auto max-w-3xl px-5 pt-10">
      <h1 className="font-serif text-2xl font-bold">{t("title")}</h1>
      {articles.length === 0 ? (
        <p className="mt-6 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-6 divide-y divide-black/10">
          {articles.map((article) => (
            <li key={article.slug} className="py-5">
              <Link href={`/articles/${article.slug}`} className="group block" lang="zh-CN">
                <h2 className="font-serif text-xl font-semibold group-hover:text-accent">{article.title}</h2>
                {article.subtitle && <p className="mt-1 text-muted">{article.subtitle}</p>}
              </Link>
              <p className="mt-2 text-sm text-muted">
                <time dateTime={article.publishedAt}>
                  {format.dateTime(new Date(article.publishedAt), { year: "numeric", month: "long", day: "numeric" })}
                </time>
                <span aria-hidden="true"> · </span>
                {t("views", { count: format.number(article.views, { notation: "compact", maximumFractionDigits: 1 }) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
