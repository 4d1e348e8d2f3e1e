import { describe, expect, it } from "vitest";
import {
  documentText,
  isRange,
  layOutBlocks,
  rangeAnchors,
  textBetween,
  toBlockPosition,
  toDocumentOffset,
} from "./document-text";

// "王者归来" 0-4, separator 4-6, "" 6-6, separator 6-8, "𠀀😀a\u200Bb" -> "𠀀😀ab" 8-12
const doc = documentText([
  { anchor: "a", text: "王者归来" },
  { anchor: "empty", text: "" },
  { anchor: "b", text: "𠀀😀a\u200Bb" },
]);

describe("documentText", () => {
  it("joins normalised blocks with a blank line", () => {
    expect(doc.text).toBe("王者归来\n\n\n\n𠀀😀ab");
    expect(doc.chars).toHaveLength(12);
  });

  it("records each block's span in code points", () => {
    expect(doc.blocks).toEqual([
      { anchor: "a", start: 0, end: 4 },
      { anchor: "empty", start: 6, end: 6 },
      { anchor: "b", start: 8, end: 12 },
    ]);
  });

  it("handles an empty article", () => {
    const empty = documentText([]);
    expect(empty.text).toBe("");
    expect(toBlockPosition(empty, 0, "start")).toBeNull();
  });
});

describe("layOutBlocks", () => {
  it("places blocks of the given lengths two code points apart", () => {
    expect(layOutBlocks([4, 0, 4])).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 6 },
      { start: 8, end: 12 },
    ]);
    expect(layOutBlocks([])).toEqual([]);
  });
});

describe("toBlockPosition", () => {
  it("maps offsets inside blocks", () => {
    expect(toBlockPosition(doc, 2, "start")).toEqual({ anchor: "a", offset: 2 });
    expect(toBlockPosition(doc, 2, "end")).toEqual({ anchor: "a", offset: 2 });
    expect(toBlockPosition(doc, 9, "start")).toEqual({ anchor: "b", offset: 1 });
  });

  it("gives block boundaries to the block a range starts or ends in", () => {
    expect(toBlockPosition(doc, 0, "start")).toEqual({ anchor: "a", offset: 0 });
    expect(toBlockPosition(doc, 4, "end")).toEqual({ anchor: "a", offset: 4 });
    expect(toBlockPosition(doc, 4, "start")).toEqual({ anchor: "b", offset: 0 });
    expect(toBlockPosition(doc, 8, "end")).toEqual({ anchor: "a", offset: 4 });
    expect(toBlockPosition(doc, 12, "end")).toEqual({ anchor: "b", offset: 4 });
  });

  it("moves offsets inside separators to the neighbouring non-empty block", () => {
    expect(toBlockPosition(doc, 6, "start")).toEqual({ anchor: "b", offset: 0 });
    expect(toBlockPosition(doc, 6, "end")).toEqual({ anchor: "a", offset: 4 });
  });

  it("returns null beyond the text", () => {
    expect(toBlockPosition(doc, 12, "start")).toBeNull();
    expect(toBlockPosition(doc, 0, "end")).toBeNull();
  });
});

describe("toDocumentOffset", () => {
  it("inverts toBlockPosition", () => {
    for (let offset = 0; offset < 12; offset++) {
      const position = toBlockPosition(doc, offset, "start");
      if (position !== null && offset >= 8) expect(toDocumentOffset(doc, position)).toBe(offset);
    }
    expect(toDocumentOffset(doc, { anchor: "b", offset: 4 })).toBe(12);
  });

  it("rejects unknown anchors and offsets outside the block", () => {
    expect(toDocumentOffset(doc, { anchor: "x", offset: 0 })).toBeNull();
    expect(toDocumentOffset(doc, { anchor: "a", offset: 5 })).toBeNull();
    expect(toDocumentOffset(doc, { anchor: "a", offset: -1 })).toBeNull();
  });
});

describe("ranges", () => {
  it("accepts only non-empty integer ranges inside the text", () => {
    expect(isRange(doc, 0, 12)).toBe(true);
    expect(isRange(doc, 3, 3)).toBe(false);
    expect(isRange(doc, -1, 2)).toBe(false);
    expect(isRange(doc, 0, 13)).toBe(false);
    expect(isRange(doc, 0.5, 2)).toBe(false);
  });

  it("names the blocks a range starts and ends in", () => {
    expect(rangeAnchors(doc, 2, 10)).toEqual({ startAnchor: "a", endAnchor: "b" });
    expect(rangeAnchors(doc, 8, 12)).toEqual({ startAnchor: "b", endAnchor: "b" });
  });

  it("reads text by code points", () => {
    expect(textBetween(doc, 8, 10)).toBe("𠀀😀");
    expect(textBetween(doc, -3, 2)).toBe("王者");
  });
});
