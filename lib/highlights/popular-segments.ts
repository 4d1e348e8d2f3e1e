import type { PopularSegment } from "@/lib/api/highlight-schemas";

export type PublicSpan = { start: number; end: number; userId: string };

/**
 * 热门划线: how many distinct readers highlighted each stretch of the text.
 * A reader whose highlights overlap counts once there. Returns the covered
 * stretches in text order, not overlapping, with neighbours of the same count
 * merged, so a client shades each one by its count.
 */
export function popularSegments(spans: readonly PublicSpan[]): PopularSegment[] {
  // Per reader, how many of their highlights cover the current point: the
  // reader counts while that is above zero.
  const boundaries = new Map<number, { userId: string; delta: number }[]>();
  for (const { start, end, userId } of spans) {
    if (!(start < end)) continue;
    for (const [at, delta] of [[start, 1], [end, -1]] as const) {
      const list = boundaries.get(at);
      if (list) list.push({ userId, delta });
      else boundaries.set(at, [{ userId, delta }]);
    }
  }
  const covering = new Map<string, number>();
  const segments: PopularSegment[] = [];
  let readers = 0;
  let previous: number | null = null;
  for (const at of [...boundaries.keys()].sort((a, b) => a - b)) {
    if (previous !== null && readers > 0) {
      const last = segments.at(-1);
      if (last && last.end === previous && last.count === readers) last.end = at;
      else segments.push({ start: previous, end: at, count: readers });
    }
    for (const { userId, delta } of boundaries.get(at) ?? []) {
      const before = covering.get(userId) ?? 0;
      const after = before + delta;
      if (before === 0 && after > 0) readers++;
      if (before > 0 && after === 0) readers--;
      if (after === 0) covering.delete(userId);
      else covering.set(userId, after);
    }
    previous = at;
  }
  return segments;
}
