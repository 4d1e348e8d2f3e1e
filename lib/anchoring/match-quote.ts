import { toBlockPosition, type DocumentText } from "./document-text";
import { allowedErrors, maxAllowedErrors } from "./error-budget";
import { ABSENT, type FoldedText } from "./folded-text";
import { findApproximate, prefixDistance } from "./fuzzy";
import { refineExtent, type Extent } from "./match-extent";

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

/** A document range the quote was found at. */
export type QuoteMatch = {
  start: number;
  end: number;
  errors: number;
  /** Ranking score from the weights below; higher is better. */
  score: number;
  /** Whether at least one side of the stored context still half agrees around it. */
  inContext: boolean;
};

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

/**
 * The quote's best occurrence: an exact one (after folding) if its context
 * agrees, else the better-scoring of an exact one out of context and an
 * approximate one. A phrase that also occurs elsewhere should not jump there
 * when its own occurrence, still surrounded by its context, was only edited.
 */
export function matchQuote(doc: DocumentText, target: QuoteTarget): (QuoteMatch & { method: "quote" | "fuzzy" }) | null {
  const exact = matchExactQuote(doc, target);
  if (exact?.inContext) return { ...exact, method: "quote" };
  const fuzzy = matchFuzzyQuote(doc, target);
  if (fuzzy !== null && (exact === null || fuzzy.score > exact.score)) return { ...fuzzy, method: "fuzzy" };
  return exact && { ...exact, method: "quote" };
}

/** Best exact (after folding) occurrence of the quote, or null. */
export function matchExactQuote(doc: DocumentText, target: QuoteTarget): QuoteMatch | null {
  const length = target.exact.length;
  const starts = exactOccurrences(doc.folded, target.exact);
  const best = pickBest(doc, target, starts.map((start) => ({ start, end: start + length, errors: 0 })));
  return best && toMatch(doc, best, best.candidate);
}

/** Best approximate occurrence of the quote within the error budget (error-budget.ts), or null. */
export function matchFuzzyQuote(doc: DocumentText, target: QuoteTarget): QuoteMatch | null {
  const length = target.exact.length;
  const maxErrors = maxAllowedErrors(length);
  if (maxErrors === 0) return null;
  const total = doc.folded.ids.length;
  const hint = hintIndex(doc, target);
  const from = Math.max(0, hint - length - NEARBY);
  const to = Math.min(total, hint + 2 * length + NEARBY);
  let best = pickBest(doc, target, searchBetween(doc, target.exact, maxErrors, from, to));
  if (best === null && (from > 0 || to < total)) {
    best = pickBest(doc, target, searchBetween(doc, target.exact, maxErrors, 0, total));
  }
  return best && toMatch(doc, best, refineExtent(doc.folded.ids, target, best.candidate));
}

/** The stored start position as an index into the folded text. */
function hintIndex(doc: DocumentText, target: QuoteTarget): number {
  return doc.folded.indexAt[Math.min(Math.max(0, target.hint), doc.chars.length)] ?? 0;
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
  for (const index of pivotOccurrences) {
    const start = index - pivot;
    if (start < 0 || start + quote.length > folded.ids.length) continue;
    if (quote.every((id, i) => folded.ids[start + i] === id)) starts.push(start);
  }
  return starts;
}

/** A candidate occurrence, in indices into the folded text (not document offsets). */
type Candidate = Extent & { errors: number };

function searchBetween(
  doc: DocumentText,
  quote: Int32Array,
  maxErrors: number,
  from: number,
  to: number,
): Candidate[] {
  const window = doc.folded.ids.subarray(from, to);
  return findApproximate(quote, window, doc.folded.alphabetSize, maxErrors).map((match) => ({
    start: from + match.start,
    end: from + match.end,
    errors: match.errors,
  }));
}

function toMatch(doc: DocumentText, ranked: Ranked, extent: Extent): QuoteMatch {
  const { start, end } = toDocumentRange(doc, extent);
  return { start, end, errors: ranked.errors, score: ranked.score, inContext: ranked.inContext };
}

/** The document range a non-empty range of the folded text covers, line breaks inside it included. */
function toDocumentRange(doc: DocumentText, range: Extent): Extent {
  const { offsets } = doc.folded;
  return { start: offsets[range.start]!, end: offsets[range.end - 1]! + 1 };
}

type Ranked = { candidate: Candidate; errors: number; score: number; inContext: boolean };

function pickBest(doc: DocumentText, target: QuoteTarget, candidates: readonly Candidate[]): Ranked | null {
  let best: Ranked | null = null;
  const length = target.exact.length;
  const hint = hintIndex(doc, target);
  const total = Math.max(1, doc.folded.ids.length);
  for (const candidate of candidates) {
    if (candidate.end <= candidate.start) continue;
    const prefix = prefixSimilarity(doc, target.prefix, candidate.start);
    const suffix = suffixSimilarity(doc, target.suffix, candidate.end);
    if (candidate.errors > allowedErrors(length, prefix, suffix)) continue;
    const inContext = Math.max(prefix, suffix) >= MIN_CONTEXT;
    if (length < SHORT_QUOTE && !inContext) continue;
    const score =
      QUOTE_WEIGHT * (1 - candidate.errors / length) +
      CONTEXT_WEIGHT * (prefix + suffix) +
      ANCHOR_WEIGHT * anchorAgreement(doc, target, toDocumentRange(doc, candidate)) +
      PROXIMITY_WEIGHT * (1 - Math.abs(candidate.start - hint) / total);
    if (best === null || score > best.score) best = { candidate, errors: candidate.errors, score, inContext };
  }
  return best;
}

/** Share of the stored prefix found right before folded index `start`, allowing edits; 1 means intact. */
function prefixSimilarity(doc: DocumentText, expected: Int32Array, start: number): number {
  // An empty prefix means the quote opened the document.
  if (expected.length === 0) return start === 0 ? 1 : 0;
  const { ids, alphabetSize } = doc.folded;
  const before = ids.slice(Math.max(0, start - expected.length), start).reverse();
  return 1 - prefixDistance(expected.slice().reverse(), before, alphabetSize) / expected.length;
}

/** Share of the stored suffix found right after folded index `end`, allowing edits; 1 means intact. */
function suffixSimilarity(doc: DocumentText, expected: Int32Array, end: number): number {
  const { ids, alphabetSize } = doc.folded;
  if (expected.length === 0) return end === ids.length ? 1 : 0;
  return 1 - prefixDistance(expected, ids.subarray(end, end + expected.length), alphabetSize) / expected.length;
}

function anchorAgreement(doc: DocumentText, target: QuoteTarget, match: Extent): number {
  const startAnchor = toBlockPosition(doc, match.start, "start")?.anchor;
  const endAnchor = toBlockPosition(doc, match.end, "end")?.anchor;
  return (startAnchor === target.startAnchor ? 0.5 : 0) + (endAnchor === target.endAnchor ? 0.5 : 0);
}
