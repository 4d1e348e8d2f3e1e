/**
 * Browser side of anchoring: between DOM selections and document offsets.
 * The article renders each block as an element with data-block="<anchor>"
 * holding one element with data-block-text, whose text content is the
 * block's raw text (highlight <mark>s may split it into several text nodes;
 * anything outside it, like a heading's label, is not document text). All
 * offset arithmetic is in block-layout.ts and offset-map.ts; this module only
 * walks the DOM.
 */
import { blockLayout, toBlockRanges, toDocumentRange, type BlockLayout, type TextPoint } from "./block-layout";

const BLOCK_TEXTS = "[data-block] [data-block-text]";

/**
 * Document offsets (code points of the normalised document text, as the
 * server stores them) of `range` within the article under `root`, or null
 * when it covers no text. Ends outside the block texts move inward to the
 * nearest block text boundary.
 */
export function selectionToRange(root: Element, range: Range): { start: number; end: number } | null {
  if (range.collapsed) return null;
  const texts = blockTexts(root);
  return toDocumentRange(
    layoutOf(texts),
    textPoint(texts, range.startContainer, range.startOffset),
    textPoint(texts, range.endContainer, range.endOffset),
  );
}

/** DOM ranges covering the document range [start, end), one per block it touches, for rendering marks. */
export function rangeToDomRanges(root: Element, start: number, end: number): Range[] {
  const texts = blockTexts(root);
  return toBlockRanges(layoutOf(texts), start, end).flatMap((piece) => {
    const text = texts[piece.block];
    if (text === undefined) return [];
    const range = text.ownerDocument.createRange();
    range.setStart(...domPoint(text, piece.start, "start"));
    range.setEnd(...domPoint(text, piece.end, "end"));
    return [range];
  });
}

function blockTexts(root: Element): Element[] {
  return Array.from(root.querySelectorAll(BLOCK_TEXTS));
}

// Marks for all of a page's highlights are placed one after another, each
// needing the same layout; it is rebuilt only when some block's text differs.
let cached: { raws: readonly string[]; layout: BlockLayout } | null = null;

function layoutOf(texts: readonly Element[]): BlockLayout {
  const raws = texts.map((text) => text.textContent ?? "");
  if (cached === null || cached.raws.length !== raws.length || cached.raws.some((raw, index) => raw !== raws[index])) {
    cached = { raws, layout: blockLayout(raws) };
  }
  return cached.layout;
}

/** Where a DOM boundary point lies relative to the block texts, in UTF-16 units of the raw text. */
function textPoint(texts: readonly Element[], node: Node, offset: number): TextPoint {
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index]!;
    const contents = text.ownerDocument.createRange();
    contents.selectNodeContents(text);
    const position = contents.comparePoint(node, offset);
    if (position > 0) continue;
    if (position < 0) return { next: index };
    // Range#toString concatenates the text nodes in the range: the text before the point.
    contents.setEnd(node, offset);
    return { block: index, offset: contents.toString().length };
  }
  return { next: texts.length };
}

/**
 * The DOM position `offset` UTF-16 units into `text`'s raw text. A start on
 * the border of two text nodes goes into the later one and an end into the
 * earlier one, so a range does not reach into a neighbouring node (or <mark>)
 * only to cover nothing there.
 */
function domPoint(text: Element, offset: number, side: "start" | "end"): [Node, number] {
  const walker = text.ownerDocument.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  let passed = 0;
  let last: Node | null = null;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (length === 0) continue;
    if (offset < passed + length || (side === "end" && offset === passed + length)) return [node, offset - passed];
    passed += length;
    last = node;
  }
  return last === null ? [text, 0] : [last, last.nodeValue?.length ?? 0];
}
