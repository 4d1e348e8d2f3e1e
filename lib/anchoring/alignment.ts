/**
 * One cheapest alignment (unit-cost edit distance) of a whole pattern to some
 * substring of a text, step by step. Quadratic, so only for the short windows
 * around a match's edges (match-extent.ts); searching uses fuzzy.ts.
 */

export type AlignmentStep =
  | { kind: "match" | "substitute"; pattern: number; text: number }
  /** A pattern character missing from the text. */
  | { kind: "delete"; pattern: number }
  /** A text character missing from the pattern. */
  | { kind: "insert"; text: number };

/**
 * Steps aligning all of `pattern` to the substring of `text` it is closest to,
 * in order. Text before and after that substring is free and not listed.
 * Negative ids in `pattern` match nothing.
 */
export function alignWithin(pattern: Int32Array, text: Int32Array): AlignmentStep[] {
  const m = pattern.length;
  const width = text.length + 1;
  // cost[i * width + j]: cheapest alignment of pattern[0..i) ending at text[j]; starting anywhere is free.
  const cost = new Int32Array((m + 1) * width);
  for (let i = 1; i <= m; i++) {
    cost[i * width] = i;
    for (let j = 1; j <= text.length; j++) {
      const diagonal = cost[(i - 1) * width + j - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      cost[i * width + j] = Math.min(diagonal, cost[(i - 1) * width + j]! + 1, cost[i * width + j - 1]! + 1);
    }
  }
  let j = 0;
  for (let k = 1; k <= text.length; k++) if (cost[m * width + k]! < cost[m * width + j]!) j = k;

  const steps: AlignmentStep[] = [];
  let i = m;
  while (i > 0) {
    const here = cost[i * width + j]!;
    const same = j > 0 && pattern[i - 1] === text[j - 1];
    if (j > 0 && here === cost[(i - 1) * width + j - 1]! + (same ? 0 : 1)) {
      i--;
      j--;
      steps.push({ kind: same ? "match" : "substitute", pattern: i, text: j });
    } else if (here === cost[(i - 1) * width + j]! + 1) {
      i--;
      steps.push({ kind: "delete", pattern: i });
    } else {
      j--;
      steps.push({ kind: "insert", text: j });
    }
  }
  return steps.reverse();
}
