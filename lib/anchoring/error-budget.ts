/**
 * How many edits a fuzzy match may need, graded by the quote's length and by
 * how much of the stored context still agrees around the candidate
 * (similarities in 0..1, as computed in match-quote.ts).
 *
 * A quote may differ from the passage it lands on by 20% of its length, or by
 * 25% when the stored prefix and suffix both still agree at least 90%.
 * Rounding down is what keeps short Chinese quotes strict, where one
 * character is a whole word: quotes under 5 characters get no error at all, a
 * 4-character quote with one wrong character is accepted only with that
 * strong context, and one with two wrong characters (50%) never is.
 *
 * A long quote can be edited more and still be recognisable, and a chance
 * resemblance that close becomes less likely the longer it is; so when the
 * context shows the passage is still in place (one side mostly intact, the
 * other still partly), quotes of 20 characters may differ by a third and of 40
 * by 40%. Both sides are required because a quote whose one side is intact
 * and other side gone is usually half of a passage whose other half was
 * deleted or rewritten, and is better left an orphan.
 */

const ERROR_RATE = 0.2;
const ERROR_RATE_WITH_STRONG_CONTEXT = 0.25;
const STRONG_CONTEXT = 0.9;

const IN_PLACE_CONTEXT = 0.75;
const PARTIAL_CONTEXT = 0.25;
/** Longest first. */
const LONG_QUOTE_RATES: readonly { length: number; rate: number }[] = [
  { length: 40, rate: 0.4 },
  { length: 20, rate: 1 / 3 },
];

export function allowedErrors(quoteLength: number, prefixSimilarity: number, suffixSimilarity: number): number {
  const weaker = Math.min(prefixSimilarity, suffixSimilarity);
  const stronger = Math.max(prefixSimilarity, suffixSimilarity);
  let rate = weaker >= STRONG_CONTEXT ? ERROR_RATE_WITH_STRONG_CONTEXT : ERROR_RATE;
  if (stronger >= IN_PLACE_CONTEXT && weaker >= PARTIAL_CONTEXT) {
    rate = Math.max(rate, LONG_QUOTE_RATES.find((tier) => quoteLength >= tier.length)?.rate ?? 0);
  }
  return Math.floor(quoteLength * rate);
}

/** The most edits any context could allow a quote of this length: the budget to search with. */
export function maxAllowedErrors(quoteLength: number): number {
  return allowedErrors(quoteLength, 1, 1);
}
