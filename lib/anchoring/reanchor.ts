/**
 * Finds a stored highlight in a (possibly revised) article, after
 * hypothesis/client's src/annotator/anchoring. All offsets count code points
 * of the document text (document-text.ts), which is normalised so invisible
 * characters and astral characters cannot shift them.
 *
 * Strategy, cheapest and most certain first:
 *  1. position — the text at the stored TextPositionSelector still equals `exact`;
 *  2. quote    — `exact` occurs elsewhere, compared after per-character folding
 *                so full-/half-width punctuation and case changes still count as
 *                exact, and with line breaks left out so a paragraph split or merge
 *                inside the quote does too (folded-text.ts); repeats are ranked by
 *                how well the stored prefix and suffix agree, then by block anchor,
 *                then by closeness to the old position;
 *  3. fuzzy    — the passage was edited: Myers' bit-parallel search (fuzzy.ts) for
 *                approximate occurrences, near the old position first, accepted only
 *                within the error budget of error-budget.ts (strict for short quotes,
 *                more lenient for long ones whose context still agrees), ranked as
 *                in 2, with edges settled against the stored context (match-extent.ts).
 *                It also runs when the only exact occurrence is out of context, and
 *                wins if it ranks higher (match-quote.ts);
 *  4. orphan   — nothing close enough. The caller keeps the highlight and its
 *                selectors, so it is never dropped.
 * Short quotes (a common word or phrase) re-anchor away from their stored
 * position only when their surrounding context still partly agrees.
 */
import { normalizeText } from "../text/normalize";
import { isRange, rangeAnchors, textBetween, type DocumentText } from "./document-text";
import { encode } from "./folded-text";
import { matchQuote, type QuoteTarget } from "./match-quote";
import type { AnchorMethod, AnchorResult, HighlightSelectors } from "./types";

export function reanchor(doc: DocumentText, selectors: HighlightSelectors): AnchorResult {
  const exact = normalizeText(selectors.quote.exact);
  if (exact.length === 0) return { status: "orphan" };
  const { start, end } = selectors.position;
  if (isRange(doc, start, end) && textBetween(doc, start, end) === exact) return anchored(doc, start, end, "position");

  const target: QuoteTarget = {
    exact: encode(doc.folded, exact),
    prefix: encode(doc.folded, normalizeText(selectors.quote.prefix)),
    suffix: encode(doc.folded, normalizeText(selectors.quote.suffix)),
    hint: Number.isInteger(start) ? Math.max(0, start) : 0,
    startAnchor: selectors.startAnchor,
    endAnchor: selectors.endAnchor,
  };
  const match = matchQuote(doc, target);
  return match === null ? { status: "orphan" } : anchored(doc, match.start, match.end, match.method);
}

function anchored(doc: DocumentText, start: number, end: number, method: AnchorMethod): AnchorResult {
  const anchors = rangeAnchors(doc, start, end);
  return anchors === null ? { status: "orphan" } : { status: "anchored", start, end, method, ...anchors };
}
