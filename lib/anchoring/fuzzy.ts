/**
 * Approximate string matching over integer character ids (see folded-text.ts)
 * with Myers' bit-parallel algorithm (J. ACM 46(3), 1999), in its multi-word
 * form for patterns longer than 32: O(n * ceil(m / 32)) instead of the O(n * m)
 * of a plain edit-distance table.
 */

const WORD = 32;

export type ApproximateMatch = {
  start: number;
  end: number;
  errors: number;
};

/**
 * Edit distance between `pattern` and a piece of `text` ending at each offset:
 * result[j] is the best distance of `pattern` to a substring `text[s..j)`.
 * With `anchored`, `s` is fixed at 0, so result[j] is the distance to `text[0..j)`.
 * Ids must be non-negative in `text` and less than `alphabetSize`; negative ids
 * in `pattern` match nothing.
 */
export function editDistances(
  pattern: Int32Array,
  text: Int32Array,
  alphabetSize: number,
  anchored: boolean,
): Int32Array {
  const m = pattern.length;
  if (m === 0) return Int32Array.from({ length: text.length + 1 }, (_, j) => (anchored ? j : 0));
  const words = Math.ceil(m / WORD);
  const peq = matchMasks(pattern, words, alphabetSize);
  // Column 0 is D[i][0] = i: every vertical delta is +1.
  const positive = new Int32Array(words).fill(-1);
  const negative = new Int32Array(words);
  const lastRowBit = 1 << ((m - 1) & 31);
  const topDelta = anchored ? 1 : 0; // D[0][j] = j when anchored, 0 when searching
  const result = new Int32Array(text.length + 1);
  let score = m;
  result[0] = score;
  for (let j = 0; j < text.length; j++) {
    const base = text[j]! * words;
    let carry = topDelta; // horizontal delta entering the top row of the next word
    for (let w = 0; w < words; w++) {
      const pv = positive[w]!;
      const mv = negative[w]!;
      let eq = peq[base + w]!;
      const xv = eq | mv;
      if (carry < 0) eq |= 1;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      const highBit = w === words - 1 ? lastRowBit : 1 << 31;
      const out = ph & highBit ? 1 : mh & highBit ? -1 : 0;
      ph <<= 1;
      mh <<= 1;
      if (carry < 0) mh |= 1;
      else if (carry > 0) ph |= 1;
      positive[w] = mh | ~(xv | ph);
      negative[w] = ph & xv;
      carry = out;
    }
    score += carry;
    result[j + 1] = score;
  }
  pattern.forEach((id) => {
    if (id >= 0) peq.fill(0, id * words, (id + 1) * words);
  });
  return result;
}

// Most calls compare 32-character contexts, where zeroing a table for the whole
// alphabet would cost more than the comparison; so one table is reused and
// only the rows set for a pattern are cleared afterwards.
let masks = new Int32Array(0);

/** Table where entry [id * words + w] has bit i set when pattern[w * 32 + i] === id. */
function matchMasks(pattern: Int32Array, words: number, alphabetSize: number): Int32Array {
  if (masks.length < alphabetSize * words) masks = new Int32Array(alphabetSize * words);
  pattern.forEach((id, i) => {
    if (id >= 0) masks[id * words + (i >>> 5)]! |= 1 << (i & 31);
  });
  return masks;
}

/** Smallest edit distance between `pattern` and any prefix of `text`. */
export function prefixDistance(pattern: Int32Array, text: Int32Array, alphabetSize: number): number {
  return editDistances(pattern, text, alphabetSize, true).reduce((best, distance) => Math.min(best, distance));
}

/**
 * All places where `pattern` occurs in `text` with at most `maxErrors` edits.
 * Overlapping candidates are reduced to the best-scoring ends of each run of
 * acceptable ends, each with the shortest extent that keeps the distance: a
 * text character at either edge that the pattern does not match costs as much
 * included (a substitution) as left out (a deletion from the pattern), and an
 * edited character at the edge of a passage is not part of what was quoted.
 */
export function findApproximate(
  pattern: Int32Array,
  text: Int32Array,
  alphabetSize: number,
  maxErrors: number,
): ApproximateMatch[] {
  const m = pattern.length;
  if (m === 0) return [];
  const distances = editDistances(pattern, text, alphabetSize, false);
  const reversedPattern = pattern.slice().reverse();
  const matches: ApproximateMatch[] = [];
  let j = 1;
  while (j <= text.length) {
    if (distances[j]! > maxErrors) {
      j++;
      continue;
    }
    let runEnd = j;
    let best = distances[j]!;
    while (runEnd + 1 <= text.length && distances[runEnd + 1]! <= maxErrors) {
      runEnd++;
      best = Math.min(best, distances[runEnd]!);
    }
    for (let end = j; end <= runEnd; end++) {
      if (distances[end] !== best) continue;
      // Search backwards from `end` with the pattern reversed for the latest start at that distance.
      const windowStart = Math.max(0, end - m - maxErrors);
      const backwards = text.slice(windowStart, end).reverse();
      const length = editDistances(reversedPattern, backwards, alphabetSize, true).indexOf(best);
      const start = end - length;
      // A later end with the same start only adds unmatched characters.
      if (matches.at(-1)?.start !== start) matches.push({ start, end, errors: best });
    }
    j = runEnd + 1;
  }
  return matches;
}
