import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleBlock } from "@/components/article/article-block";
import { ArticleMeta } from "@/components/article/article-meta";
import { RelatedArticles } from "@/components/article/related-articles";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { ArticleDiscussion } from "@/components/discussion/article-discussion";
import { DiscussionLink } from "@/components/discussion/discussion-link";
import { DiscussionProvider, type ThreadBlock } from "@/components/discussion/discussion-provider";
import { toDiscussionViewer } from "@/components/discussion/discussion-viewer";
import { THREAD_PARAM } from "@/components/discussion/thread-param";
import { ThreadPanel, type RequestedQuote } from "@/components/discussion/thread-panel";
import { HighlightControls } from "@/components/highlights/highlight-controls";
import { HighlightLayer } from "@/components/highlights/highlight-layer";
import { HighlightProvider } from "@/components/highlights/highlight-provider";
import { NotePanel } from "@/components/highlights/note-panel";
import { SelectionToolbar } from "@/components/highlights/selection-toolbar";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { findArticleOr404 } from "@/lib/articles/find-article";
import { COMMENTABLE_BLOCK_KINDS } from "@/lib/discussion/commentable-blocks";
import { countComments } from "@/lib/discussion/count-comments";

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

function leadText(blocks: { kind: string; text: string }[]): string {
  const lead = blocks.find((block) => block.kind === "paragraph")?.text ?? "";
  return Array.from(lead).slice(0, 120).join("");
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const article = await findArticleOr404((await params).slug);
  const description = article.subtitle ?? leadText(article.blocks);
  return {
    title: article.title,
    description,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      type: "article",
      title: article.title,
      description,
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedAt,
      locale: "zh_CN",
    },
    twitter: { card: "summary", title: article.title, description },
  };
}

export default async function ArticlePage({ params, searchParams }: PageProps) {
  const [article, query] = await Promise.all([params.then(({ slug }) => findArticleOr404(slug)), searchParams]);
  const [t, tAuth, user, counts] = await Promise.all([
    getTranslations("article"),
    getTranslations("auth"),
    getCurrentUser(),
    countComments({ slug: article.slug }),
  ]);
  const labels = { permalink: t("permalink"), figure: t("figurePlaceholder") };
  // The blocks a thread can hang on; the disclaimer has no discussion.
  const threadBlocks = article.blocks.flatMap((block): ThreadBlock[] =>
    block.kind !== "disclaimer" && COMMENTABLE_BLOCK_KINDS.includes(block.kind) ? [{ anchor: block.anchor, kind: block.kind }] : [],
  );
  // The panel quotes its block from the page once it runs: only the thread a
  // request names is rendered on the server, which needs that one text sent along.
  const requested = article.blocks.find((block) => block.anchor === query[THREAD_PARAM]);
  const requestedQuote: RequestedQuote = requested ? { anchor: requested.anchor, text: requested.text } : null;
  return (
    <DiscussionProvider
      slug={article.slug}
      viewer={toDiscussionViewer(user, new Date(), tAuth("anonymous"))}
      initialCounts={counts}
      blocks={threadBlocks}
      signInPrompt={<SignInPanel returnTo={`/articles/${article.slug}#discussion`} />}
    >
      <HighlightProvider slug={article.slug}>
        <article lang="zh-CN" className="mx-auto max-w-[40rem] px-5 pt-8 sm:px-6 sm:pt-12" aria-labelledby="article-title">
          <header>
            <h1 id="article-title" className="font-serif text-[1.75rem] font-bold leading-snug sm:text-4xl sm:leading-tight">
              {article.title}
            </h1>
            {article.subtitle && <p className="mt-3 text-lg text-muted">{article.subtitle}</p>}
            <ArticleMeta article={article} />
            <DiscussionLink />
            <HighlightControls />
          </header>
          <div className="prose-zh mt-8" data-testid="article-body" data-highlight-root>
            {article.blocks.map((block) => (
              <ArticleBlock key={block.anchor} block={block} labels={{ ...labels, section: t("section", { number: block.label ?? "" }) }} />
            ))}
          </div>
          <RelatedArticles related={article.related} />
        </article>
        <section id="discussion" aria-labelledby="discussion-heading" className="mx-auto mt-12 max-w-[40rem] scroll-mt-20 px-5 sm:px-6">
          <h2 id="discussion-heading" className="mb-4 text-base font-semibold">
            {tAuth("discussion")}
          </h2>
          <ArticleDiscussion />
        </section>
        <ThreadPanel requested={requestedQuote} />
        <NotePanel />
        <HighlightLayer />
        <SelectionToolbar />
      </HighlightProvider>
    </DiscussionProvider>
  );
}
