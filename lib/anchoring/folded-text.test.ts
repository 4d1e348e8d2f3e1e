import { describe, expect, it } from "vitest";
import { toCodePoints } from "../text/code-points";
import { ABSENT, encode, foldText } from "./folded-text";

describe("foldText", () => {
  const folded = foldText(toCodePoints("Open AI,open ai\uFF0C𠀀"));

  it("gives folded-equal characters the same id", () => {
    const ids = Array.from(folded.ids);
    expect(ids.slice(0, 7)).toEqual(ids.slice(8, 15));
    expect(ids[7]).toBe(ids[15]);
    expect(folded.alphabetSize).toBe(new Set(ids).size);
  });

  it("lists where each id occurs", () => {
    const comma = folded.ids[7] ?? ABSENT;
    expect(folded.occurrences[comma]).toEqual([7, 15]);
  });

  it("encodes other text into the same ids, with absent characters marked", () => {
    expect(Array.from(encode(folded, "OPEN\uFF0C"))).toEqual([...Array.from(folded.ids.slice(0, 4)), folded.ids[7]]);
    expect(Array.from(encode(folded, "𠀀微"))).toEqual([folded.ids[16], ABSENT]);
  });
});
