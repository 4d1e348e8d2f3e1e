"use client";

import { useId, useRef } from "react";
import { useTranslations } from "next-intl";
import type { HighlightDto, PopularSegment } from "@/lib/api/highlight-schemas";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { noteThreadKey } from "@/components/discussion/note-thread-key";
import { documentText } from "@/lib/anchoring/document-text";
import { createSelectors } from "@/lib/anchoring/selectors";
import { useHighlights } from "@/components/highlights/highlight-provider";
import { popularLevel } from "@/components/highlights/paint-layers";
import { articleRoot, pageBlocks } from "@/components/highlights/page-text";
import { passageHref } from "@/lib/highlights/passage-link";

const EXCERPT_LENGTH = 40;

/** Links to popular passages, with their text as the page shows it (they only exist once loaded in the browser). */
function popularLinks(slug: string, passages: readonly PopularSegment[]) {
  const root = articleRoot();
  if (!root) return [];
  const doc = documentText(pageBlocks(root));
  return passages.flatMap((passage) => {
    if (passage.end > doc.chars.length) return [];
    const selectors = createSelectors(doc, passage.start, passage.end);
    return [{ passage, href: passageHref(slug, selectors), text: excerpt(selectors.quote.exact) }];
  });
}

function excerpt(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, " "));
  return chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join("")}…` : chars.join("");
}

/**
 * The page's highlights as a list: mine open their popover, other readers'
 * notes their discussion. What a mouse reaches by clicking the text, a
 * keyboard or screen reader reaches here.
 */
function PageHighlights({ items }: { items: readonly HighlightDto[] }) {
  const t = useTranslations("highlights.controls");
  const { openPopover } = useHighlights();
  const { openThread } = useRequiredDiscussion();
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="relative" data-testid="page-highlights">
      <summary className="cursor-pointer list-none underline decoration-dotted underline-offset-4 [&::-webkit-details-marker]:hidden">
        {t("onPage", { count: items.length })}
      </summary>
      <ol className="absolute left-0 z-30 mt-2 max-h-80 w-[min(22rem,calc(100vw-2.5rem))] space-y-1 overflow-y-auto rounded-xl border border-black/10 bg-white p-2 shadow-lg">
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className="w-full rounded-lg px-2 py-1.5 text-left text-sm text-ink hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent"
              onClick={(event) => {
                const summary = details.current?.querySelector("summary") ?? null;
                if (details.current) details.current.open = false;
                document.getElementById(item.startAnchor)?.scrollIntoView({ block: "center" });
                if (item.isMine) openPopover(item.id, summary);
                else openThread(noteThreadKey(item.id), event.currentTarget);
              }}
            >
              <span className="font-serif">{excerpt(item.exact)}</span>
              <span className="block text-xs text-muted">{item.isMine ? (item.note ? t("myNote") : t("myHighlight")) : t("noteBy", { name: item.owner.name })}</span>
            </button>
          </li>
        ))}
      </ol>
    </details>
  );
}

/**
 * Under the article's title: whether other readers' highlights show, and the
 * popular passages as a list (the shading's counts, for readers who cannot
 * hover; each links to its block).
 */
export function HighlightControls() {
  const t = useTranslations("highlights.controls");
  const { slug, hideOthers, setHideOthers, popular, highlights } = useHighlights();
  const id = useId();
  const hot = popular.filter((passage) => passage.count >= 2).sort((a, b) => b.count - a.count).slice(0, 5);
  const listed = highlights.filter((item) => !item.orphaned && (item.isMine || (!hideOthers && item.note !== null)));
  return (
    <div className="mt-3 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted" data-testid="highlight-controls">
      <label htmlFor={id} className="inline-flex cursor-pointer items-center gap-1.5">
        <input id={id} type="checkbox" checked={!hideOthers} onChange={(event) => setHideOthers(!event.target.checked)} className="size-4 accent-[var(--color-accent)]" />
        {t("showOthers")}
      </label>
      {listed.length > 0 && <PageHighlights items={listed} />}
      {!hideOthers && hot.length > 0 && (
        <details className="relative">
          <summary className="cursor-pointer list-none underline decoration-dotted underline-offset-4 [&::-webkit-details-marker]:hidden">{t("popular")}</summary>
          <ol className="absolute left-0 z-30 mt-2 w-[min(20rem,calc(100vw-2.5rem))] space-y-2 rounded-xl border border-black/10 bg-white p-3 shadow-lg">
            {popularLinks(slug, hot).map(({ passage, href, text }) => (
              <li key={href} className="flex gap-2">
                <span className={`mt-1.5 size-3 shrink-0 rounded-sm mg-popular-swatch-${popularLevel(passage.count)}`} aria-hidden="true" />
                <a href={href} className="text-ink hover:text-accent">
                  <span className="font-serif">{text}</span> <span className="text-muted">· {t("popularItem", { count: passage.count })}</span>
                </a>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
