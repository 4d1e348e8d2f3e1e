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

describe("line breaks", () => {
  const chars = toCodePoints("甲乙\n\n丙\r\n丁");
  const folded = foldText(chars);

  it("are left out of the ids, which remember their document offsets", () => {
    expect(folded.ids).toHaveLength(4);
    expect(Array.from(folded.offsets)).toEqual([0, 1, 4, 7]);
  });

  it("map each document offset to the next folded index", () => {
    expect(Array.from(folded.indexAt)).toEqual([0, 1, 2, 2, 2, 3, 3, 3, 4]);
  });

  it("are left out of encoded text too, so a quote matches across a new or removed separator", () => {
    expect(Array.from(encode(folded, "乙\n\n丙"))).toEqual(Array.from(folded.ids.slice(1, 3)));
    expect(Array.from(encode(folded, "乙丙"))).toEqual(Array.from(folded.ids.slice(1, 3)));
  });
});
