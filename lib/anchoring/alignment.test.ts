import { describe, expect, it } from "vitest";
import { alignWithin, type AlignmentStep } from "./alignment";
import { editDistances } from "./fuzzy";

const ids = (text: string) => Int32Array.from(text, (char) => char.charCodeAt(0) - 97);

function edits(steps: readonly AlignmentStep[]): number {
  return steps.filter((step) => step.kind !== "match").length;
}

/** The aligned substring of `text`, from the first to the last text character a step uses. */
function alignedText(steps: readonly AlignmentStep[], text: string): string {
  const used = steps.flatMap((step) => (step.kind === "delete" ? [] : [step.text]));
  return used.length === 0 ? "" : text.slice(used[0], used.at(-1)! + 1);
}

describe("alignWithin", () => {
  it("aligns an exact occurrence as matches only, leaving the text around it out", () => {
    const steps = alignWithin(ids("cde"), ids("abcdefg"));
    expect(steps).toEqual([
      { kind: "match", pattern: 0, text: 2 },
      { kind: "match", pattern: 1, text: 3 },
      { kind: "match", pattern: 2, text: 4 },
    ]);
  });

  it("records substitutions, deletions and insertions", () => {
    expect(alignWithin(ids("abcd"), ids("xxabzdxx")).map((step) => step.kind)).toEqual([
      "match",
      "match",
      "substitute",
      "match",
    ]);
    expect(alignWithin(ids("abcd"), ids("xxabdxx"))).toContainEqual({ kind: "delete", pattern: 2 });
    expect(alignWithin(ids("abcd"), ids("xxabqcdxx")).filter((step) => step.kind === "insert")).toEqual([
      { kind: "insert", text: 4 },
    ]);
  });

  it("treats negative pattern ids as characters that match nothing", () => {
    expect(alignWithin(Int32Array.from([0, -1, 2]), Int32Array.from([0, 1, 2])).map((step) => step.kind)).toEqual([
      "match",
      "substitute",
      "match",
    ]);
  });

  it("deletes the whole pattern from an empty text", () => {
    expect(alignWithin(ids("ab"), ids(""))).toEqual([
      { kind: "delete", pattern: 0 },
      { kind: "delete", pattern: 1 },
    ]);
  });

  it("costs as much as the best search distance, visiting every pattern character in order", () => {
    let state = 7;
    const next = (bound: number) => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return Math.floor((state / 2147483648) * bound);
    };
    for (let round = 0; round < 200; round++) {
      const pattern = Int32Array.from({ length: 1 + next(12) }, () => next(4));
      const text = Int32Array.from({ length: next(30) }, () => next(4));
      const steps = alignWithin(pattern, text);
      expect(edits(steps)).toBe(Math.min(...editDistances(pattern, text, 4, false)));
      const patternIndices = steps.flatMap((step) => (step.kind === "insert" ? [] : [step.pattern]));
      expect(patternIndices).toEqual(Array.from(pattern, (_, i) => i));
      const textIndices = steps.flatMap((step) => (step.kind === "delete" ? [] : [step.text]));
      textIndices.forEach((index, i) => {
        if (i > 0) expect(index).toBe(textIndices[i - 1]! + 1);
      });
    }
  });

  it("prefers the text the pattern is closest to", () => {
    const text = "zzabxdzzabcdzz";
    expect(alignedText(alignWithin(ids("abcd"), ids(text)), text)).toBe("abcd");
  });
});
