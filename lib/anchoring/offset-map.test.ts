import { describe, expect, it } from "vitest";
import { codePointLength, toCodePoints } from "../text/code-points";
import { normalizeText } from "../text/normalize";
import { offsetMap, toNormalizedOffset, toRawOffset, type OffsetMap } from "./offset-map";

/** toNormalizedOffset for every raw offset 0..rawLength. */
function normalizedOffsets(map: OffsetMap, side: "start" | "end"): number[] {
  return Array.from({ length: map.rawLength + 1 }, (_, raw) => toNormalizedOffset(map, raw, side));
}

/** toRawOffset for every normalised offset 0..length. */
function rawOffsets(map: OffsetMap, side: "start" | "end"): number[] {
  return Array.from({ length: map.length + 1 }, (_, offset) => toRawOffset(map, offset, side));
}

describe("offsetMap on text that is already normalised", () => {
  it("maps Chinese and ASCII one to one", () => {
    const map = offsetMap("不回了!Open AI");
    expect(map.length).toBe(11);
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rawOffsets(map, "end")).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("counts a surrogate pair as one code point and rounds offsets inside it outwards", () => {
    const map = offsetMap("a😀𠀀b"); // UTF-16: a=0, 😀=1-2, 𠀀=3-4, b=5
    expect(map.length).toBe(4);
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 1, 2, 2, 3, 4]);
    expect(normalizedOffsets(map, "end")).toEqual([0, 1, 2, 2, 3, 3, 4]);
    expect(rawOffsets(map, "start")).toEqual([0, 1, 3, 5, 6]);
    expect(rawOffsets(map, "end")).toEqual([0, 1, 3, 5, 6]);
  });

  it("handles empty text", () => {
    const map = offsetMap("");
    expect(map).toEqual({ rawLength: 0, length: 0, segments: [] });
    expect(toNormalizedOffset(map, 0, "start")).toBe(0);
    expect(toRawOffset(map, 0, "start")).toBe(0);
    expect(toRawOffset(map, 0, "end")).toBe(0);
  });
});

describe("offsetMap with zero-width characters", () => {
  // 微=0, U+200B=1, 软=2, U+FEFF=3, U+00AD=4, 大=5 -> "微软大"
  const map = offsetMap("微\u200B软\uFEFF\u00AD大");

  it("drops them from the normalised text", () => {
    expect(map.length).toBe(3);
  });

  it("maps offsets around and between them to the same normalised offset", () => {
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 1, 2, 2, 2, 3]);
    expect(normalizedOffsets(map, "end")).toEqual([0, 1, 1, 2, 2, 2, 3]);
  });

  it("keeps them outside ranges mapped back: a start after them, an end before them", () => {
    expect(rawOffsets(map, "start")).toEqual([0, 2, 5, 6]);
    expect(rawOffsets(map, "end")).toEqual([0, 1, 3, 6]);
  });

  it("handles text that is nothing but zero-width characters", () => {
    const empty = offsetMap("\u200B\u200D");
    expect(empty.length).toBe(0);
    expect(normalizedOffsets(empty, "end")).toEqual([0, 0, 0]);
    expect(toRawOffset(empty, 0, "start")).toBe(2);
    expect(toRawOffset(empty, 0, "end")).toBe(0);
  });
});

describe("offsetMap with NFC composition", () => {
  it("maps a letter and its combining accent to one code point", () => {
    const map = offsetMap("Cafe\u0301!"); // -> "Café!"
    expect(map.length).toBe(5);
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 2, 3, 3, 4, 5]);
    expect(normalizedOffsets(map, "end")).toEqual([0, 1, 2, 3, 4, 4, 5]);
    expect(rawOffsets(map, "start")).toEqual([0, 1, 2, 3, 5, 6]);
    expect(rawOffsets(map, "end")).toEqual([0, 1, 2, 3, 5, 6]);
  });

  it("composes across a zero-width character, as normalizeText does", () => {
    const map = offsetMap("e\u200B\u0301x"); // -> "éx"
    expect(map.length).toBe(2);
    expect(map.segments[0]).toEqual({ rawStart: 0, rawEnd: 3, start: 0, end: 1 });
    expect(normalizedOffsets(map, "start")).toEqual([0, 0, 0, 1, 2]);
  });

  it("maps conjoining Hangul jamo to one syllable", () => {
    const map = offsetMap("\u1100\u1161\u11A8요"); // -> "각요"
    expect(map.length).toBe(2);
    expect(normalizedOffsets(map, "end")).toEqual([0, 1, 1, 1, 2]);
    expect(rawOffsets(map, "start")).toEqual([0, 3, 4]);
  });

  it("maps singletons that NFC replaces one for one", () => {
    const map = offsetMap("\u212B\uF900"); // ANGSTROM SIGN -> Å, CJK COMPATIBILITY IDEOGRAPH F900 -> 豈
    expect(normalizeText("\u212B\uF900")).toBe("\u00C5\u8C48");
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 2]);
  });

  it("rounds an offset inside a character NFC expands outwards", () => {
    const map = offsetMap("a\uFB1Db"); // HEBREW LETTER YOD WITH HIRIQ -> U+05D9 U+05B4
    expect(map.length).toBe(4);
    expect(rawOffsets(map, "start")).toEqual([0, 1, 1, 2, 3]);
    expect(rawOffsets(map, "end")).toEqual([0, 1, 2, 2, 3]);
  });

  it("reorders and composes several marks on one letter", () => {
    const raw = "xa\u0301\u0328y"; // acute then ogonek -> canonical order ogonek, acute; ą + acute
    const map = offsetMap(raw);
    expect(map.length).toBe(codePointLength(normalizeText(raw)));
    expect(normalizedOffsets(map, "start")).toEqual([0, 1, 1, 1, map.length - 1, map.length]);
  });
});

describe("offsetMap invariants", () => {
  // Deterministic pseudo-random text over characters that normalisation treats differently.
  const alphabet = [
    "a", "e", "微", "软", ",", " ", "😀", "𠀀", "\u0301", "\u0328", "\u0327", "\u0344",
    "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u1100", "\u1161", "\u11A8", "\uAC00", "\u212B", "\uF900", "\uFB1D",
  ];
  let state = 11;
  const next = (bound: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor((state / 2147483648) * bound);
  };
  const samples = Array.from({ length: 300 }, () =>
    Array.from({ length: next(12) }, () => alphabet[next(alphabet.length)]).join(""),
  );

  it("has as many code points as normalizeText produces, tiled by segments that normalise to them", () => {
    for (const raw of samples) {
      const map = offsetMap(raw);
      const normalized = toCodePoints(normalizeText(raw));
      expect(map.length, JSON.stringify(raw)).toBe(normalized.length);
      let offset = 0;
      for (const segment of map.segments) {
        expect(segment.start).toBe(offset);
        expect(normalizeText(raw.slice(segment.rawStart, segment.rawEnd))).toBe(
          normalized.slice(segment.start, segment.end).join(""),
        );
        offset = segment.end;
      }
      expect(offset).toBe(normalized.length);
    }
  });

  it("maps monotonically, and a mapped range always covers what it came from", () => {
    for (const raw of samples) {
      const map = offsetMap(raw);
      const normalized = toCodePoints(normalizeText(raw));
      for (const side of ["start", "end"] as const) {
        const forward = normalizedOffsets(map, side);
        forward.forEach((offset, i) => i > 0 && expect(offset).toBeGreaterThanOrEqual(forward[i - 1]!));
        const backward = rawOffsets(map, side);
        backward.forEach((offset, i) => i > 0 && expect(offset).toBeGreaterThanOrEqual(backward[i - 1]!));
      }
      for (let start = 0; start <= map.length; start++) {
        for (let end = start + 1; end <= map.length; end++) {
          const rawStart = toRawOffset(map, start, "start");
          const rawEnd = toRawOffset(map, end, "end");
          expect(normalizeText(raw.slice(rawStart, rawEnd))).toContain(normalized.slice(start, end).join(""));
          // And back again: the range does not grow when it started on character boundaries.
          expect(toNormalizedOffset(map, rawStart, "start")).toBeLessThanOrEqual(start);
          expect(toNormalizedOffset(map, rawEnd, "end")).toBeGreaterThanOrEqual(end);
        }
      }
    }
  });

  it("round-trips every segment boundary", () => {
    for (const raw of samples) {
      const map = offsetMap(raw);
      for (const segment of map.segments) {
        expect(toNormalizedOffset(map, toRawOffset(map, segment.start, "start"), "start")).toBe(segment.start);
        expect(toNormalizedOffset(map, toRawOffset(map, segment.end, "end"), "end")).toBe(segment.end);
        expect(toRawOffset(map, toNormalizedOffset(map, segment.rawStart, "start"), "start")).toBe(segment.rawStart);
        expect(toRawOffset(map, toNormalizedOffset(map, segment.rawEnd, "end"), "end")).toBe(segment.rawEnd);
      }
    }
  });
});
