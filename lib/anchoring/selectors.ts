import { codePointLength } from "../text/code-points";
import { normalizeText } from "../text/normalize";
import { isRange, rangeAnchors, textBetween, type DocumentText } from "./document-text";
import type { HighlightSelectors } from "./types";

/** Code points of context stored on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for the range [start, end) of the current document text.
 * Throws RangeError for an empty or out-of-bounds range.
 */
export function createSelectors(doc: DocumentText, start: number, end: number): HighlightSelectors {
  const anchors = isRange(doc, start, end) ? rangeAnchors(doc, start, end) : null;
  if (anchors === null) throw new RangeError(`invalid highlight range [${start}, ${end})`);
  return {
    quote: {
      type: "TextQuoteSelector",
      exact: textBetween(doc, start, end),
      prefix: textBetween(doc, start - CONTEXT_LENGTH, start),
      suffix: textBetween(doc, end, end + CONTEXT_LENGTH),
    },
    position: { type: "TextPositionSelector", start, end },
    ...anchors,
  };
}

export type SelectorMismatch = "position" | "exact" | "prefix" | "suffix" | "anchors";

export type SelectorCheck =
  | { status: "match"; selectors: HighlightSelectors }
  | { status: "mismatch"; reason: SelectorMismatch };

/**
 * Whether posted selectors describe the current text exactly: the position
 * holds `exact`, the given prefix and suffix (of any length, possibly
 * unnormalised) border it, and the anchors are the blocks it starts and ends
 * in. On a match, returns the canonical selectors to store.
 */
export function matchSelectors(doc: DocumentText, selectors: HighlightSelectors): SelectorCheck {
  const { start, end } = selectors.position;
  if (!isRange(doc, start, end)) return mismatch("position");
  const canonical = createSelectors(doc, start, end);
  const prefix = normalizeText(selectors.quote.prefix);
  const suffix = normalizeText(selectors.quote.suffix);
  if (normalizeText(selectors.quote.exact) !== canonical.quote.exact) return mismatch("exact");
  if (textBetween(doc, start - codePointLength(prefix), start) !== prefix) return mismatch("prefix");
  if (textBetween(doc, end, end + codePointLength(suffix)) !== suffix) return mismatch("suffix");
  if (selectors.startAnchor !== canonical.startAnchor || selectors.endAnchor !== canonical.endAnchor) {
    return mismatch("anchors");
  }
  return { status: "match", selectors: canonical };
}

function mismatch(reason: SelectorMismatch): SelectorCheck {
  return { status: "mismatch", reason };
}
