import { toBlockPosition, type DocumentText } from "./document-text";
import { ABSENT, type FoldedText } from "./folded-text";
import { findApproximate, prefixDistance } from "./fuzzy";

/** A stored quote and its context, encoded into the document's ids (see folded-text.ts). */
export type QuoteTarget = {
  exact: Int32Array;
  prefix: Int32Array;
  suffix: Int32Array;
  /** Where the quote used to start; breaks ties only. */
  hint: number;
  startAnchor: string;
  endAnchor: string;
};

export type QuoteMatch = {
  start: number;
  end: number;
  errors: number;
};

// Fuzzy threshold. A quote may differ from the passage it lands on by 20% of
// its length (rounded down), or by 25% when the stored prefix and suffix both
// still agree at least 90% with the text around the candidate. Rounding down
// is what keeps short Chinese quotes strict, where one character is a whole
// word: quotes under 5 characters get no error at all, a 4-character quote
// with one wrong character is accepted only with that strong context, and one
// with two wrong characters (50%) never is.
const ERROR_RATE = 0.2;
const ERROR_RATE_WITH_STRONG_CONTEXT = 0.25;
const STRONG_CONTEXT = 0.9;

// A quote this short is a common word or phrase that also occurs in unrelated
// places, so outside its stored position it only re-anchors where at least one
// side of its context still half agrees. Without this, a highlight on a
// deleted sentence would jump to the next "Open AI".
const SHORT_QUOTE = 8;
const MIN_CONTEXT = 0.5;

// Candidate ranking, after hypothesis' match-quote. One context character is
// worth CONTEXT_WEIGHT / 32 = 0.625, more than the anchor and proximity
// weights together, so those only break ties.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const ANCHOR_WEIGHT = 0.4;
const PROXIMITY_WEIGHT = 0.2;

// Edits rarely move a passage far, so the fuzzy search first looks this many
// characters around the old position before scanning the whole text.
const NEARBY = 512;

export function allowedErrors(quoteLength: number, prefixSimilarity: number, suffixSimilarity: number): number {
  const strong = Math.min(prefixSimilarity, suffixSimilarity) >= STRONG_CONTEXT;
  return Math.floor(quoteLength * (strong ? ERROR_RATE_WITH_STRONG_CONTEXT : ERROR_RATE));
}

/** Best exact (after folding) occurrence of the quote, or null. */
export function matchExactQuote(doc: DocumentText, target: QuoteTarget): QuoteMatch | null {
  const length = target.exact.length;
  const starts = exactOccurrences(doc.folded, target.exact);
  return pickBest(doc, target, starts.map((start) => ({ start, end: start + length, errors: 0 })));
}

/** Best approximate occurrence of the quote within the fuzzy threshold, or null. */
export function matchFuzzyQuote(doc: DocumentText, target: QuoteTarget): QuoteMatch | null {
  const length = target.exact.length;
  const maxErrors = Math.floor(length * ERROR_RATE_WITH_STRONG_CONTEXT);
  if (maxErrors === 0) return null;
  const total = doc.chars.length;
  const from = Math.max(0, Math.min(target.hint, total) - length - NEARBY);
  const to = Math.min(total, target.hint + 2 * length + NEARBY);
  const nearby = pickBest(doc, target, searchBetween(doc, target.exact, maxErrors, from, to));
  if (nearby !== null || (from === 0 && to === total)) return nearby;
  return pickBest(doc, target, searchBetween(doc, target.exact, maxErrors, 0, total));
}

function exactOccurrences(folded: FoldedText, quote: Int32Array): number[] {
  // Verify only around occurrences of the quote's rarest character.
  let pivot = 0;
  let pivotOccurrences: readonly number[] = [];
  for (let i = 0; i < quote.length; i++) {
    const id = quote[i]!;
    if (id === ABSENT) return [];
    const occurrences = folded.occurrences[id] ?? [];
    if (i === 0 || occurrences.length < pivotOccurrences.length) {
      pivot = i;
      pivotOccurrences = occurrences;
    }
  }
  const starts: number[] = [];
  for (const offset of pivotOccurrences) {
    const start = offset - pivot;
    if (start < 0 || start + quote.length > folded.ids.length) continue;
    if (quote.every((id, i) => folded.ids[start + i] === id)) starts.push(start);
  }
  return starts;
}

function searchBetween(
  doc: DocumentText,
  quote: Int32Array,
  maxErrors: number,
  from: number,
  to: number,
): QuoteMatch[] {
  const window = doc.folded.ids.subarray(from, to);
  return findApproximate(quote, window, doc.folded.alphabetSize, maxErrors).map((match) =>
    trimWhitespace(doc, quote, { start: from + match.start, end: from + match.end, errors: match.errors }),
  );
}

const WHITESPACE = /^\s$/u;

// Substituting an edge character costs as much as deleting it, so a match can
// grow over a neighbouring block separator. Shed whitespace the quote does not
// itself start or end with.
function trimWhitespace(doc: DocumentText, quote: Int32Array, match: QuoteMatch): QuoteMatch {
  const { ids } = doc.folded;
  let { start, end } = match;
  while (end - start > 1 && ids[start] !== quote[0] && WHITESPACE.test(doc.chars[start] ?? "")) start++;
  while (end - start > 1 && ids[end - 1] !== quote.at(-1) && WHITESPACE.test(doc.chars[end - 1] ?? "")) end--;
  return { start, end, errors: match.errors };
}

function pickBest(doc: DocumentText, target: QuoteTarget, matches: readonly QuoteMatch[]): QuoteMatch | null {
  let best: QuoteMatch | null = null;
  let bestScore = -Infinity;
  const length = target.exact.length;
  for (const match of matches) {
    const prefix = prefixSimilarity(doc, target.prefix, match.start);
    const suffix = suffixSimilarity(doc, target.suffix, match.end);
    if (match.errors > allowedErrors(length, prefix, suffix)) continue;
    if (length < SHORT_QUOTE && Math.max(prefix, suffix) < MIN_CONTEXT) continue;
    const score =
      QUOTE_WEIGHT * (1 - match.errors / length) +
      CONTEXT_WEIGHT * (prefix + suffix) +
      ANCHOR_WEIGHT * anchorAgreement(doc, target, match) +
      PROXIMITY_WEIGHT * (1 - Math.abs(match.start - target.hint) / Math.max(1, doc.chars.length));
    if (score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return best;
}

/** Share of the stored prefix found right before `start`, allowing edits; 1 means intact. */
function prefixSimilarity(doc: DocumentText, expected: Int32Array, start: number): number {
  // An empty prefix means the quote opened the document.
  if (expected.length === 0) return start === 0 ? 1 : 0;
  const { ids, alphabetSize } = doc.folded;
  const before = ids.slice(Math.max(0, start - expected.length), start).reverse();
  return 1 - prefixDistance(expected.slice().reverse(), before, alphabetSize) / expected.length;
}

/** Share of the stored suffix found right after `end`, allowing edits; 1 means intact. */
function suffixSimilarity(doc: DocumentText, expected: Int32Array, end: number): number {
  const { ids, alphabetSize } = doc.folded;
  if (expected.length === 0) return end === ids.length ? 1 : 0;
  return 1 - prefixDistance(expected, ids.subarray(end, end + expected.length), alphabetSize) / expected.length;
}

function anchorAgreement(doc: DocumentText, target: QuoteTarget, match: QuoteMatch): number {
  const startAnchor = toBlockPosition(doc, match.start, "start")?.anchor;
  const endAnchor = toBlockPosition(doc, match.end, "end")?.anchor;
  return (startAnchor === target.startAnchor ? 0.5 : 0) + (endAnchor === target.endAnchor ? 0.5 : 0);
}
