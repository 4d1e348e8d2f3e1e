"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MyHighlightDto, MyHighlightPageDto } from "@/lib/api/highlight-schemas";
import { highlightHref } from "@/lib/highlights/passage-link";
import { CommentBody } from "@/components/discussion/comment-body";
import { CommentTime } from "@/components/discussion/comment-time";
import { fetchMyHighlights } from "@/components/highlights/highlight-api";

function NoteItem({ highlight }: { highlight: MyHighlightDto }) {
  const t = useTranslations("highlights.notes");
  const quote = highlight.orphaned ? highlight.originalExact : highlight.exact;
  return (
    <li className="border-b border-black/10 pb-5" data-testid="my-note" data-highlight-id={highlight.id}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
        <Link href={`/articles/${encodeURIComponent(highlight.articleSlug)}`} className="font-medium text-ink hover:text-accent">
          {t("from", { title: highlight.articleTitle })}
        </Link>
        <CommentTime iso={highlight.createdAt} className="text-xs" />
        <span className="text-xs">{highlight.visibility === "public" ? t("public") : t("private")}</span>
      </p>
      <blockquote lang="zh-CN" className="mt-2 whitespace-pre-line border-l-2 border-amber-300 pl-3 font-serif leading-7 text-ink/85">
        {quote}
      </blockquote>
      {highlight.note?.body && (
        <div className="mt-2 text-[0.95rem] leading-7">
          <span className="sr-only">{t("note")}:</span>
          <CommentBody body={highlight.note.body} />
        </div>
      )}
      <p className="mt-2 flex flex-wrap gap-x-3 text-sm">
        {!highlight.orphaned && (
          <a href={highlightHref(highlight)} className="text-accent underline underline-offset-4">
            {t("openPassage")}
          </a>
        )}
        {highlight.replyCount > 0 && <span className="text-muted">{t("replies", { count: highlight.replyCount })}</span>}
      </p>
    </li>
  );
}

/**
 * 我的笔记: every highlight and note, newest first, a page at a time; those
 * whose text can no longer be found are listed apart under 无法定位, with the
 * quote as it was highlighted.
 */
export function MyNotesList({ initial }: { initial: MyHighlightPageDto }) {
  const t = useTranslations("highlights.notes");
  const [items, setItems] = useState(initial.highlights);
  const [cursor, setCursor] = useState(initial.nextCursor);
  const [more, setMore] = useState<"idle" | "loading" | "failed">("idle");
  const anchored = items.filter((item) => !item.orphaned);
  const orphans = items.filter((item) => item.orphaned);

  const loadMore = async () => {
    if (!cursor || more === "loading") return;
    setMore("loading");
    try {
      const page = await fetchMyHighlights(cursor);
      setItems((current) => [...current, ...page.highlights.filter((item) => !current.some((known) => known.id === item.id))]);
      setCursor(page.nextCursor);
      setMore("idle");
    } catch {
      setMore("failed");
    }
  };

  if (items.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="space-y-10">
      <section aria-labelledby="notes-anchored">
        <h2 id="notes-anchored" className="sr-only">
          {t("anchored")}
        </h2>
        <ol className="space-y-5">
          {anchored.map((item) => (
            <NoteItem key={item.id} highlight={item} />
          ))}
        </ol>
      </section>
      {cursor && (
        <div className="text-center">
          <button
            type="button"
            onClick={loadMore}
            disabled={more === "loading"}
            className="rounded-full border border-black/15 px-4 py-1.5 text-sm transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
          >
            {more === "loading" ? t("loading") : t("loadMore")}
          </button>
          {more === "failed" && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {t("loadFailed")}
            </p>
          )}
        </div>
      )}
      {orphans.length > 0 && (
        <section aria-labelledby="notes-orphans" data-testid="orphans">
          <h2 id="notes-orphans" className="text-lg font-semibold">
            {t("orphans")}
          </h2>
          <p className="mb-4 mt-1 text-sm text-muted">{t("orphansLead")}</p>
          <ol className="space-y-5">
            {orphans.map((item) => (
              <NoteItem key={item.id} highlight={item} />
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
