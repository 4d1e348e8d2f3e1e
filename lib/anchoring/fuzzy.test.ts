import { describe, expect, it } from "vitest";
import { editDistances, findApproximate, prefixDistance } from "./fuzzy";

// Plain O(n * m) dynamic programme as the reference.
function referenceDistances(pattern: number[], text: number[], anchored: boolean): number[] {
  let previous = text.map((_, j) => (anchored ? j + 1 : 0));
  previous.unshift(0);
  for (let i = 1; i <= pattern.length; i++) {
    const current = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j - 1]! + cost, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous;
}

// Deterministic pseudo-random numbers so failures reproduce.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const ids = (text: string) => Int32Array.from(text, (char) => char.charCodeAt(0) - 97);

describe("editDistances", () => {
  it.each([1, 5, 31, 32, 33, 64, 65, 100])("agrees with the reference table for %i-character patterns", (m) => {
    const next = random(m);
    for (let round = 0; round < 20; round++) {
      const alphabet = round % 2 === 0 ? 3 : 8;
      const pattern = Array.from({ length: m }, () => Math.floor(next() * alphabet));
      const text = Array.from({ length: 1 + Math.floor(next() * 150) }, () => Math.floor(next() * alphabet));
      for (const anchored of [false, true]) {
        const actual = Array.from(editDistances(Int32Array.from(pattern), Int32Array.from(text), alphabet, anchored));
        expect(actual).toEqual(referenceDistances(pattern, text, anchored));
      }
    }
  });

  it("gives an empty pattern distance 0 when searching and j when anchored", () => {
    expect(Array.from(editDistances(new Int32Array(0), ids("abc"), 26, false))).toEqual([0, 0, 0, 0]);
    expect(Array.from(editDistances(new Int32Array(0), ids("abc"), 26, true))).toEqual([0, 1, 2, 3]);
  });

  it("treats negative pattern ids as characters that match nothing", () => {
    expect(Array.from(editDistances(Int32Array.from([0, -1]), Int32Array.from([0, 0]), 1, true))).toEqual([2, 1, 1]);
  });
});

describe("prefixDistance", () => {
  it("is the best distance to any prefix of the text", () => {
    expect(prefixDistance(ids("abc"), ids("abxcdef"), 26)).toBe(1);
    expect(prefixDistance(ids("abc"), ids("zabc"), 26)).toBe(1);
    expect(prefixDistance(ids("abc"), ids(""), 26)).toBe(3);
    expect(prefixDistance(ids(""), ids("abc"), 26)).toBe(0);
  });
});

describe("findApproximate", () => {
  it("finds exact and approximate occurrences with their extent", () => {
    const text = ids("xxabcdefxxxabzdefxxabdef");
    expect(findApproximate(ids("abcdef"), text, 26, 1)).toEqual([
      { start: 2, end: 8, errors: 0 },
      { start: 11, end: 17, errors: 1 },
      { start: 19, end: 24, errors: 1 },
    ]);
  });

  it("leaves unmatched characters at either edge out of a match", () => {
    expect(findApproximate(ids("zbcdez"), ids("xxabcdefxx"), 26, 2)).toEqual([{ start: 3, end: 7, errors: 2 }]);
    expect(findApproximate(ids("abcdef"), ids("xxabcdexxx"), 26, 1)).toEqual([{ start: 2, end: 7, errors: 1 }]);
  });

  it("finds nothing when every occurrence needs too many edits", () => {
    expect(findApproximate(ids("abcdef"), ids("xxabzzefxx"), 26, 1)).toEqual([]);
  });

  it("locates matches of patterns longer than one machine word", () => {
    const pattern = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnop"; // 42 characters
    const edited = pattern.slice(0, 20) + "zz" + pattern.slice(21);
    const text = ids("q".repeat(50) + edited + "q".repeat(10));
    expect(findApproximate(ids(pattern), text, 26, 3)).toEqual([{ start: 50, end: 50 + edited.length, errors: 2 }]);
  });
});
