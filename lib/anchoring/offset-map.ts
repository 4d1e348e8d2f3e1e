/**
 * Offsets within one block: the page's text is the block's raw text, indexed
 * by the DOM in UTF-16 code units; selectors count code points of the
 * normalised text (normalizeText: invisible characters removed, then NFC).
 * Normalisation can drop characters (zero-width), merge several into one
 * (e + U+0301 -> é, Hangul jamo -> a syllable) or, rarely, split one into
 * several, so the raw text is cut into segments that normalise independently
 * and offsets map segment by segment. An offset inside a segment (inside a
 * surrogate pair, or between a letter and the accent composed onto it) has no
 * exact counterpart and is rounded outwards: a range start to the segment's
 * start, a range end to its end, so a range never loses a partly covered
 * character.
 */
import { codePointLength } from "../text/code-points";
import { normalizeText, removeInvisible } from "../text/normalize";

/** Raw text [rawStart, rawEnd) in UTF-16 units normalises to code points [start, end). */
type Segment = { rawStart: number; rawEnd: number; start: number; end: number };

export type OffsetMap = {
  rawLength: number;
  /** Code points of the normalised text. */
  length: number;
  /** In order, covering the normalised text without gaps; raw invisible characters fall between them. */
  segments: readonly Segment[];
};

export type Side = "start" | "end";

const MARK = /^\p{M}$/u;

export function offsetMap(raw: string): OffsetMap {
  const normalized = normalizeText(raw);
  const length = codePointLength(normalized);
  if (normalized === raw) return { rawLength: raw.length, length, segments: codePointSegments(raw) };
  const segments = normalizingSegments(raw);
  // The segmentation below relies on how NFC composes; should some character
  // defy it, one segment for the whole block is coarse but still consistent.
  const consistent = segments.map((segment) => segmentText(raw, segment)).join("") === normalized;
  return {
    rawLength: raw.length,
    length,
    segments: consistent ? segments : [{ rawStart: 0, rawEnd: raw.length, start: 0, end: length }],
  };
}

/** Text the server would see: one segment per code point. */
function codePointSegments(raw: string): Segment[] {
  const segments: Segment[] = [];
  let rawStart = 0;
  for (const char of raw) {
    const index = segments.length;
    segments.push({ rawStart, rawEnd: rawStart + char.length, start: index, end: index + 1 });
    rawStart += char.length;
  }
  return segments;
}

/**
 * A new segment begins at a visible character that is not a combining mark
 * and that NFC does not compose with the segment before (a starter only ever
 * composes with the one preceding starter, so nothing later can reach back
 * across it). Invisible characters are skipped, as normalizeText removes them
 * before composing.
 */
function normalizingSegments(raw: string): Segment[] {
  const segments: Segment[] = [];
  let current: { rawStart: number; rawEnd: number; visible: string } | null = null;
  let normalizedLength = 0;
  const close = () => {
    if (current === null) return;
    const length = codePointLength(current.visible.normalize("NFC"));
    segments.push({ rawStart: current.rawStart, rawEnd: current.rawEnd, start: normalizedLength, end: normalizedLength + length });
    normalizedLength += length;
  };
  let rawStart = 0;
  for (const char of raw) {
    const rawEnd = rawStart + char.length;
    if (removeInvisible(char) !== "") {
      if (current !== null && (MARK.test(char) || composes(current.visible, char))) {
        current = { rawStart: current.rawStart, rawEnd, visible: current.visible + char };
      } else {
        close();
        current = { rawStart, rawEnd, visible: char };
      }
    }
    rawStart = rawEnd;
  }
  close();
  return segments;
}

function composes(before: string, char: string): boolean {
  return (before + char).normalize("NFC") !== before.normalize("NFC") + char.normalize("NFC");
}

function segmentText(raw: string, segment: Segment): string {
  return normalizeText(raw.slice(segment.rawStart, segment.rawEnd));
}

/** Code-point offset in the normalised text for a UTF-16 offset in the raw text. */
export function toNormalizedOffset(map: OffsetMap, rawOffset: number, side: Side): number {
  const segment = map.segments[firstIndex(map.segments, (candidate) => candidate.rawEnd > rawOffset)];
  if (segment === undefined) return map.length;
  if (rawOffset <= segment.rawStart) return segment.start;
  return side === "start" ? segment.start : segment.end;
}

/**
 * UTF-16 offset in the raw text for a code-point offset in the normalised
 * text. Invisible characters between segments stay outside: a start goes
 * after them, an end before them.
 */
export function toRawOffset(map: OffsetMap, offset: number, side: Side): number {
  const { segments } = map;
  if (side === "start") {
    return segments[firstIndex(segments, (segment) => segment.end > offset)]?.rawStart ?? map.rawLength;
  }
  return segments[firstIndex(segments, (segment) => segment.start >= offset) - 1]?.rawEnd ?? 0;
}

/** Binary search: index of the first segment satisfying `test`, which must hold for a suffix of them. */
function firstIndex(segments: readonly Segment[], test: (segment: Segment) => boolean): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(segments[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
