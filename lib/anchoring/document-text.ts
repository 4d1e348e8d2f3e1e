import { codePointLength, toCodePoints } from "../text/code-points";
import { normalizeText } from "../text/normalize";
import { foldText, type FoldedText } from "./folded-text";
import type { Block, BlockPosition, BlockSpan } from "./types";

export const BLOCK_SEPARATOR = "\n\n";

/** The text all selectors refer to, prepared once per article revision and reused for every highlight. */
export type DocumentText = {
  text: string;
  /** `text` split into code points; offsets everywhere index this array. */
  chars: readonly string[];
  blocks: readonly BlockSpan[];
  folded: FoldedText;
};

/** Normalises each block and joins them with BLOCK_SEPARATOR: the single definition of "document text". */
export function documentText(blocks: readonly Block[]): DocumentText {
  const texts = blocks.map((block) => normalizeText(block.text));
  const spans = layOutBlocks(texts.map((text) => codePointLength(text))).map((span, index) => ({
    anchor: blocks[index]?.anchor ?? "",
    ...span,
  }));
  const text = texts.join(BLOCK_SEPARATOR);
  const chars = toCodePoints(text);
  return { text, chars, blocks: spans, folded: foldText(chars) };
}

/**
 * Where blocks whose normalised texts are `lengths` code points long sit in
 * the document text. Shared with the browser (block-layout.ts), which knows
 * the blocks only from the page.
 */
export function layOutBlocks(lengths: readonly number[]): { start: number; end: number }[] {
  const separatorLength = codePointLength(BLOCK_SEPARATOR);
  let offset = 0;
  return lengths.map((length) => {
    const span = { start: offset, end: offset + length };
    offset += length + separatorLength;
    return span;
  });
}

/**
 * Maps a document offset to a block. A range start belongs to the block it
 * begins (an offset in a separator or empty block moves forward to the next
 * block with text); a range end belongs to the block it closes (moving back).
 * Returns null when there is no such block.
 */
export function toBlockPosition(doc: DocumentText, offset: number, side: "start" | "end"): BlockPosition | null {
  const spans = doc.blocks;
  const isEmpty = (index: number) => spans[index]?.start === spans[index]?.end;
  if (side === "start") {
    let index = firstSpanEndingAfter(spans, offset);
    while (index < spans.length && isEmpty(index)) index++;
    const span = spans[index];
    return span === undefined ? null : { anchor: span.anchor, offset: Math.max(0, offset - span.start) };
  }
  let index = firstSpanEndingAfter(spans, offset - 1);
  const span = spans[index];
  if (span !== undefined && span.start < offset) return { anchor: span.anchor, offset: offset - span.start };
  index--;
  while (index >= 0 && isEmpty(index)) index--;
  const previous = spans[index];
  return previous === undefined ? null : { anchor: previous.anchor, offset: previous.end - previous.start };
}

/** Binary search over spans sorted by position: index of the first span whose end exceeds `offset`. */
function firstSpanEndingAfter(spans: readonly BlockSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((spans[middle]?.end ?? Infinity) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Inverse of toBlockPosition; null if the anchor is unknown or the offset lies outside its block. */
export function toDocumentOffset(doc: DocumentText, position: BlockPosition): number | null {
  const span = doc.blocks.find((block) => block.anchor === position.anchor);
  if (span === undefined || position.offset < 0 || span.start + position.offset > span.end) return null;
  return span.start + position.offset;
}

/** Whether [start, end) is a non-empty range of code-point offsets inside the document. */
export function isRange(doc: DocumentText, start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= doc.chars.length;
}

/** The blocks a range starts and ends in; null only when the document has no block to hold it. */
export function rangeAnchors(
  doc: DocumentText,
  start: number,
  end: number,
): { startAnchor: string; endAnchor: string } | null {
  const first = toBlockPosition(doc, start, "start");
  const last = toBlockPosition(doc, end, "end");
  return first === null || last === null ? null : { startAnchor: first.anchor, endAnchor: last.anchor };
}

/** The document text between two code-point offsets. */
export function textBetween(doc: DocumentText, start: number, end: number): string {
  return doc.chars.slice(Math.max(0, start), Math.max(0, end)).join("");
}
