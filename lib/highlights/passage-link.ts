import type { HighlightSelectors } from "@/lib/anchoring/types";

/**
 * A link to a passage of an article, saved as a highlight or not. It carries
 * the passage's position and its quote with a little context, so that after
 * the text changes the page can still find it (lib/anchoring reanchor); the
 * fragment names the block it starts in, so even without JavaScript the
 * browser scrolls near it.
 */
export const PASSAGE_PARAM = "passage";
const QUOTE_PARAM = "quote";
const PREFIX_PARAM = "before";
const SUFFIX_PARAM = "after";
const END_ANCHOR_PARAM = "to";

/** Context kept on each side in a link: enough to tell repeats apart, short enough for a URL. */
export const LINK_CONTEXT_LENGTH = 16;

export function passageHref(slug: string, selectors: HighlightSelectors): string {
  const { quote, position, startAnchor, endAnchor } = selectors;
  const query = new URLSearchParams({
    [PASSAGE_PARAM]: `${position.start}-${position.end}`,
    [QUOTE_PARAM]: quote.exact,
  });
  const prefix = Array.from(quote.prefix).slice(-LINK_CONTEXT_LENGTH).join("");
  const suffix = Array.from(quote.suffix).slice(0, LINK_CONTEXT_LENGTH).join("");
  if (prefix) query.set(PREFIX_PARAM, prefix);
  if (suffix) query.set(SUFFIX_PARAM, suffix);
  if (endAnchor !== startAnchor) query.set(END_ANCHOR_PARAM, endAnchor);
  return `/articles/${encodeURIComponent(slug)}?${query}#${encodeURIComponent(startAnchor)}`;
}

/** A saved highlight's passage, as its DTO describes where it is anchored now. */
export type AnchoredPassage = {
  articleSlug: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  startAnchor: string;
  endAnchor: string;
};

export function highlightHref(highlight: AnchoredPassage): string {
  return passageHref(highlight.articleSlug, {
    quote: { type: "TextQuoteSelector", exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
    position: { type: "TextPositionSelector", start: highlight.start, end: highlight.end },
    startAnchor: highlight.startAnchor,
    endAnchor: highlight.endAnchor,
  });
}

/** The selectors a passage link carries, or null when the URL names no (well-formed) passage. */
export function readPassage(search: string, hash: string): HighlightSelectors | null {
  const query = new URLSearchParams(search);
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(query.get(PASSAGE_PARAM) ?? "");
  const exact = query.get(QUOTE_PARAM);
  if (!match || !exact) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (start >= end) return null;
  const startAnchor = safeDecode(hash.replace(/^#/, ""));
  return {
    quote: { type: "TextQuoteSelector", exact, prefix: query.get(PREFIX_PARAM) ?? "", suffix: query.get(SUFFIX_PARAM) ?? "" },
    position: { type: "TextPositionSelector", start, end },
    startAnchor,
    endAnchor: query.get(END_ANCHOR_PARAM) ?? startAnchor,
  };
}

/** The same URL without the passage: once found and shown, a reload should not scroll back to it. */
export function withoutPassage(search: string): string {
  const query = new URLSearchParams(search);
  for (const name of [PASSAGE_PARAM, QUOTE_PARAM, PREFIX_PARAM, SUFFIX_PARAM, END_ANCHOR_PARAM]) query.delete(name);
  const rest = query.toString();
  return rest ? `?${rest}` : "";
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
