/**
 * The article page's text for highlights, read from the DOM the way
 * lib/anchoring/dom.ts reads it: blocks are [data-block] elements whose
 * [data-block-text] holds the block's raw text.
 */
import { rangeToDomRanges, selectionToRange } from "@/lib/anchoring/dom";
import type { Block } from "@/lib/anchoring/types";
import type { LayerName, Span } from "@/components/highlights/paint-layers";

/** The element around the article's blocks (page.tsx marks it). */
export function articleRoot(): HTMLElement | null {
  return document.querySelector<HTMLElement>("[data-highlight-root]");
}

/** The blocks as the page shows them, for re-anchoring a passage client side. */
export function pageBlocks(root: Element): Block[] {
  return Array.from(root.querySelectorAll<HTMLElement>("[data-block]")).flatMap((block) => {
    const text = block.querySelector("[data-block-text]");
    return text ? [{ anchor: block.dataset.block ?? "", text: text.textContent ?? "" }] : [];
  });
}

/** The reader's current selection inside the article, with its document offsets; null when there is none. */
export function articleSelection(root: Element): { range: Range; start: number; end: number } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const offsets = selectionToRange(root, range);
  return offsets ? { range, ...offsets } : null;
}

function within(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/**
 * The document offset of the character under a viewport point, or null when
 * the point is over no block text. The caret position found is a boundary
 * between characters; the character on either side whose box holds the point
 * is the one under it.
 */
export function offsetAtPoint(root: Element, x: number, y: number): number | null {
  const caret = document.caretPositionFromPoint?.(x, y);
  const node = caret?.offsetNode;
  if (!caret || !node || node.nodeType !== Node.TEXT_NODE || !root.contains(node)) return null;
  const length = node.nodeValue?.length ?? 0;
  for (const [from, to] of [
    [caret.offset, caret.offset + 1],
    [caret.offset - 1, caret.offset],
  ] as const) {
    if (from < 0 || to > length) continue;
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    if (!Array.from(range.getClientRects()).some((rect) => within(rect, x, y))) continue;
    return selectionToRange(root, range)?.start ?? null;
  }
  return null;
}

/** Paints each layer's spans with the CSS Custom Highlight API; the DOM is not touched. */
export function paint(root: Element, layers: Record<LayerName, Span[]>): void {
  if (!("highlights" in CSS)) return;
  Object.entries(layers).forEach(([name, spans], priority) => {
    const ranges = spans.flatMap((span) => rangeToDomRanges(root, span.start, span.end));
    if (ranges.length === 0) {
      CSS.highlights.delete(name);
      return;
    }
    const highlight = new Highlight(...ranges);
    // Later layers (mine, a linked passage) paint over earlier ones (the popular shading).
    highlight.priority = priority;
    CSS.highlights.set(name, highlight);
  });
}

export function unpaint(names: readonly string[]): void {
  if (!("highlights" in CSS)) return;
  for (const name of names) CSS.highlights.delete(name);
}

/** Where on screen a document range is, for placing a popover; null when it is not rendered. */
export function spanRect(root: Element, span: Span): DOMRect | null {
  const ranges = rangeToDomRanges(root, span.start, span.end);
  const first = ranges[0]?.getClientRects()[0];
  const last = ranges.at(-1)?.getClientRects();
  const end = last?.[last.length - 1];
  if (!first || !end) return null;
  return new DOMRect(Math.min(first.left, end.left), first.top, Math.max(first.right, end.right) - Math.min(first.left, end.left), end.bottom - first.top);
}
