/**
 * Baseline re-anchoring as the Hypothesis client does it (src/annotator/anchoring:
 * html.ts tries the position selector, then match-quote.ts), on the same
 * approx-string-match package. Offsets are UTF-16 code units, as in Hypothesis;
 * there is no folding and no threshold beyond the search's error budget.
 */
import search, { type Match } from "approx-string-match";

export type BaselineSelectors = {
  exact: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets in the text the highlight was made on. */
  start: number;
  end: number;
};

export type BaselineLanding = { start: number; end: number; method: "position" | "quote" };

/** UTF-16 range of the highlight in `text`, or null for an orphan. */
export function hypothesisAnchor(text: string, selectors: BaselineSelectors): BaselineLanding | null {
  const { exact, start, end } = selectors;
  if (text.slice(start, end) === exact) return { start, end, method: "position" };
  const match = matchQuote(text, exact, selectors.prefix, selectors.suffix, start);
  return match && { ...match, method: "quote" };
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function matchQuote(text: string, quote: string, prefix: string, suffix: string, hint: number) {
  if (quote.length === 0) return null;
  const maxErrors = Math.min(256, quote.length / 2);
  let best: { start: number; end: number } | null = null;
  let bestScore = -Infinity;
  for (const match of searchWithExactFirst(text, quote, maxErrors)) {
    const prefixScore = prefix
      ? similarity(text.slice(Math.max(0, match.start - prefix.length), match.start), prefix)
      : 1;
    const suffixScore = suffix ? similarity(text.slice(match.end, match.end + suffix.length), suffix) : 1;
    const score =
      QUOTE_WEIGHT * (1 - match.errors / quote.length) +
      PREFIX_WEIGHT * prefixScore +
      SUFFIX_WEIGHT * suffixScore +
      POSITION_WEIGHT * (1 - Math.abs(match.start - hint) / text.length);
    if (score > bestScore) {
      best = { start: match.start, end: match.end };
      bestScore = score;
    }
  }
  return best;
}

// approx-string-match has no fast path for exact occurrences; Hypothesis adds one.
function searchWithExactFirst(text: string, pattern: string, maxErrors: number): Match[] {
  const exact: Match[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  }
  return exact.length > 0 ? exact : search(text, pattern, maxErrors);
}

function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const [best] = searchWithExactFirst(text, pattern, pattern.length);
  return best === undefined ? 0 : 1 - best.errors / pattern.length;
}
