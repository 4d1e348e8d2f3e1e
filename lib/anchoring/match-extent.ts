/**
 * Where an accepted fuzzy match starts and ends. The edit distance of the
 * quote alone cannot tell, at an edge, a quote character that was deleted from
 * one still there behind inserted text: "了,“不好" -> "了,剧情再度急转直下。“不好"
 * is 2 edits as a deletion of "了," and 9 as an insertion, so the search keeps
 * the deletion and loses the "了,". The stored prefix and suffix can tell:
 * each edge is aligned again together with its context, and the match runs
 * from the first to the last quote character that alignment keeps.
 * Outermost steps whose edits outweigh their matches are dropped first, so a
 * rewritten edge does not stay attached through a few coincidental matches.
 */
import { alignWithin } from "./alignment";

/** Quote characters aligned at each edge; the middle of a long quote cannot move an edge. */
const EDGE = 32;

export type Extent = { start: number; end: number };

/** `candidate`, with each edge moved to the outermost quote character kept in `ids`. */
export function refineExtent(
  ids: Int32Array,
  quote: { exact: Int32Array; prefix: Int32Array; suffix: Int32Array },
  candidate: Extent,
): Extent {
  // An edge with its stored context intact right beside it is settled already.
  let start = candidate.start;
  if (!equalAt(ids, candidate.start - quote.prefix.length, quote.prefix)) {
    const head = quote.exact.subarray(0, EDGE);
    const from = Math.max(0, candidate.start - quote.prefix.length - head.length);
    const to = Math.min(ids.length, candidate.start + 2 * head.length);
    const first = outermostKept(quote.prefix, head, ids.subarray(from, to));
    if (first !== null) start = from + first;
  }
  let end = candidate.end;
  if (!equalAt(ids, candidate.end, quote.suffix)) {
    const tail = quote.exact.subarray(Math.max(0, quote.exact.length - EDGE));
    const from = Math.max(0, candidate.end - 2 * tail.length);
    const to = Math.min(ids.length, candidate.end + quote.suffix.length + tail.length);
    const last = outermostKept(reversed(quote.suffix), reversed(tail), reversed(ids.subarray(from, to)));
    if (last !== null) end = to - last;
  }
  return start < end ? { start, end } : candidate;
}

/** Whether `ids` holds `expected` from `at` on; an empty context is intact only at the document's edge. */
function equalAt(ids: Int32Array, at: number, expected: Int32Array): boolean {
  if (expected.length === 0) return at === 0 || at === ids.length;
  return at >= 0 && at + expected.length <= ids.length && expected.every((id, i) => ids[at + i] === id);
}

/**
 * Aligns `context` followed by `edge` within `window`, context side first, and
 * returns the window index of the first edge character kept after trimming, or
 * null when none is.
 */
function outermostKept(context: Int32Array, edge: Int32Array, window: Int32Array): number | null {
  const pattern = new Int32Array(context.length + edge.length);
  pattern.set(context);
  pattern.set(edge, context.length);
  const steps = alignWithin(pattern, window);
  // Drop the leading run of steps with the lowest net worth (a match +1, any edit -1).
  let worth = 0;
  let lowest = 0;
  let cut = 0;
  steps.forEach((step, index) => {
    worth += step.kind === "match" ? 1 : -1;
    if (worth < lowest) {
      lowest = worth;
      cut = index + 1;
    }
  });
  for (const step of steps.slice(cut)) {
    if (step.kind === "match" && step.pattern >= context.length) return step.text;
  }
  return null;
}

function reversed(ids: Int32Array): Int32Array {
  return ids.slice().reverse();
}
