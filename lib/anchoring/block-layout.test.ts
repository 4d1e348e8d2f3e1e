import { describe, expect, it } from "vitest";
import { blockLayout, toBlockRanges, toDocumentRange } from "./block-layout";
import { documentText, textBetween } from "./document-text";

// Raw block texts as the page holds them; the server's text is their normalised join.
const raws = ["王者\u200B归来", "", "Cafe\u0301😀", "(来源:X)"];
const layout = blockLayout(raws);
const doc = documentText(raws.map((text, index) => ({ anchor: `b${index}`, text })));
// "王者归来" 0-4, sep 4-6, "" 6-6, sep 6-8, "Café😀" 8-13, sep 13-15, "(来源:X)" 15-21

describe("blockLayout", () => {
  it("lays the blocks out as documentText does", () => {
    expect(layout.blocks.map(({ start, end }) => ({ start, end }))).toEqual(doc.blocks.map(({ start, end }) => ({ start, end })));
    expect(layout.length).toBe(doc.chars.length);
  });

  it("handles a page without blocks", () => {
    expect(blockLayout([])).toEqual({ blocks: [], length: 0 });
  });
});

describe("toDocumentRange", () => {
  it("maps raw offsets inside block texts to document offsets", () => {
    const range = toDocumentRange(layout, { block: 0, offset: 1 }, { block: 2, offset: 6 });
    expect(range).toEqual({ start: 1, end: 13 });
    expect(textBetween(doc, range!.start, range!.end)).toBe("者归来\n\n\n\nCafé😀");
  });

  it("rounds offsets inside composed or astral characters outwards", () => {
    expect(toDocumentRange(layout, { block: 2, offset: 4 }, { block: 2, offset: 5 })).toEqual({ start: 11, end: 12 });
    expect(toDocumentRange(layout, { block: 2, offset: 6 }, { block: 2, offset: 7 })).toEqual({ start: 12, end: 13 });
  });

  it("moves points outside the block texts inward to the nearest text boundary", () => {
    expect(toDocumentRange(layout, { next: 0 }, { next: 1 })).toEqual({ start: 0, end: 4 });
    expect(toDocumentRange(layout, { next: 1 }, { next: 4 })).toEqual({ start: 8, end: 21 });
    expect(toDocumentRange(layout, { next: 3 }, { block: 3, offset: 3 })).toEqual({ start: 15, end: 18 });
  });

  it("does not begin or end a selection with a block separator", () => {
    expect(toDocumentRange(layout, { block: 0, offset: 5 }, { block: 2, offset: 2 })).toEqual({ start: 8, end: 10 });
    expect(toDocumentRange(layout, { block: 2, offset: 1 }, { block: 3, offset: 0 })).toEqual({ start: 9, end: 13 });
  });

  it("returns null for a selection that covers no text", () => {
    expect(toDocumentRange(layout, { block: 2, offset: 2 }, { block: 2, offset: 2 })).toBeNull();
    expect(toDocumentRange(layout, { block: 0, offset: 2 }, { block: 0, offset: 3 })).toBeNull(); // just the zero-width space
    expect(toDocumentRange(layout, { block: 0, offset: 5 }, { block: 2, offset: 0 })).toBeNull(); // only separators
    expect(toDocumentRange(layout, { next: 4 }, { next: 4 })).toBeNull();
    expect(toDocumentRange(layout, { next: 0 }, { next: 0 })).toBeNull();
  });
});

describe("toBlockRanges", () => {
  it("splits a document range into raw ranges per block, leaving separators and empty blocks out", () => {
    expect(toBlockRanges(layout, 1, 13)).toEqual([
      { block: 0, start: 1, end: 5 },
      { block: 2, start: 0, end: 7 },
    ]);
  });

  it("keeps zero-width characters at the edges outside and composed characters whole", () => {
    expect(toBlockRanges(layout, 2, 4)).toEqual([{ block: 0, start: 3, end: 5 }]);
    expect(toBlockRanges(layout, 0, 2)).toEqual([{ block: 0, start: 0, end: 2 }]);
    expect(toBlockRanges(layout, 11, 12)).toEqual([{ block: 2, start: 3, end: 5 }]);
  });

  it("returns nothing for a range of separators only", () => {
    expect(toBlockRanges(layout, 4, 8)).toEqual([]);
  });

  it("inverts toDocumentRange on character boundaries", () => {
    for (let start = 0; start < layout.length; start++) {
      for (let end = start + 1; end <= layout.length; end++) {
        const pieces = toBlockRanges(layout, start, end);
        if (pieces.length === 0) continue;
        const first = pieces[0]!;
        const last = pieces.at(-1)!;
        const back = toDocumentRange(layout, { block: first.block, offset: first.start }, { block: last.block, offset: last.end });
        expect(back).not.toBeNull();
        // The round trip trims only separators the range began or ended with.
        expect(textBetween(doc, back!.start, back!.end)).toBe(textBetween(doc, start, end).replace(/^\n+|\n+$/g, ""));
      }
    }
  });
});
