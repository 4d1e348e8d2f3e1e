/**
 * The document text as the browser sees it: the raw texts of the page's
 * blocks, in order, laid out exactly as documentText lays out the stored
 * blocks, so offsets found in the page are the offsets the server stores.
 * Pure, for dom.ts, which only turns DOM boundary points into TextPoints and
 * raw offsets back into DOM positions.
 */
import { layOutBlocks } from "./document-text";
import { offsetMap, toNormalizedOffset, toRawOffset, type OffsetMap } from "./offset-map";

export type BlockLayout = {
  /** Per block: where its normalised text sits in the document text, and its raw <-> normalised offsets. */
  blocks: readonly { start: number; end: number; map: OffsetMap }[];
  /** Code points of the whole document text. */
  length: number;
};

/**
 * A DOM boundary point relative to the blocks' texts: inside block `block`'s
 * text, `offset` UTF-16 units in; or outside every block text, before block
 * `next`'s (`next` is the block count when it is after them all).
 */
export type TextPoint = { block: number; offset: number } | { next: number };

export function blockLayout(rawTexts: readonly string[]): BlockLayout {
  const maps = rawTexts.map((raw) => offsetMap(raw));
  const spans = layOutBlocks(maps.map((map) => map.length));
  return {
    blocks: spans.map((span, index) => ({ ...span, map: maps[index]! })),
    length: spans.at(-1)?.end ?? 0,
  };
}

/**
 * Document offsets of a selection from `start` to `end`, or null when it
 * covers no text. A point outside the block texts (in a heading's label,
 * between blocks) moves to the nearest block text boundary inward, and so
 * does a start at the very end of a block or an end at the very start of one:
 * a selection neither begins nor ends with a block separator.
 */
export function toDocumentRange(layout: BlockLayout, start: TextPoint, end: TextPoint): { start: number; end: number } | null {
  const from = startInText(layout, "block" in start ? documentOffset(layout, start, "start") : layout.blocks[start.next]?.start ?? layout.length);
  const to = endInText(layout, "block" in end ? documentOffset(layout, end, "end") : layout.blocks[end.next - 1]?.end ?? 0);
  return from < to ? { start: from, end: to } : null;
}

function documentOffset(layout: BlockLayout, point: { block: number; offset: number }, side: "start" | "end"): number {
  const block = layout.blocks[point.block];
  return block === undefined ? 0 : block.start + toNormalizedOffset(block.map, point.offset, side);
}

/** `offset` if a character of block text is there, else the start of the next block with text. */
function startInText(layout: BlockLayout, offset: number): number {
  const block = layout.blocks.find((candidate) => candidate.end > Math.max(offset, candidate.start));
  return block === undefined ? layout.length : Math.max(offset, block.start);
}

/** `offset` if it closes a character of block text, else the end of the previous block with text. */
function endInText(layout: BlockLayout, offset: number): number {
  for (let index = layout.blocks.length - 1; index >= 0; index--) {
    const block = layout.blocks[index]!;
    if (block.start < Math.min(offset, block.end)) return Math.min(offset, block.end);
  }
  return 0;
}

/** One block's share of a document range, as UTF-16 offsets into its raw text. */
export type BlockRange = { block: number; start: number; end: number };

/** The pieces of the document range [start, end) that lie in block texts, one per block, separators left out. */
export function toBlockRanges(layout: BlockLayout, start: number, end: number): BlockRange[] {
  const pieces: BlockRange[] = [];
  layout.blocks.forEach((block, index) => {
    const from = Math.max(start, block.start);
    const to = Math.min(end, block.end);
    if (from >= to) return;
    pieces.push({
      block: index,
      start: toRawOffset(block.map, from - block.start, "start"),
      end: toRawOffset(block.map, to - block.start, "end"),
    });
  });
  return pieces;
}
