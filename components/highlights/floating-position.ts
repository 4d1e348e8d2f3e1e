/** Gap between a passage and the toolbar or popover beside it, in CSS pixels. */
const GAP = 8;
const MARGIN = 8;

export type Box = { left: number; top: number; right: number; bottom: number };

/**
 * Where a floating panel of `size` goes next to `target` (viewport
 * coordinates): centred on it and kept inside the viewport. Above the passage
 * by default; below it when asked (on touch screens the browser's own
 * selection menu sits above) or when there is no room above.
 */
export function placeFloating(
  target: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer: "above" | "below",
): { left: number; top: number; side: "above" | "below" } {
  const centre = (target.left + target.right) / 2;
  const left = Math.min(Math.max(MARGIN, centre - size.width / 2), Math.max(MARGIN, viewport.width - size.width - MARGIN));
  const above = target.top - GAP - size.height;
  const below = target.bottom + GAP;
  const fitsAbove = above >= MARGIN;
  const fitsBelow = below + size.height <= viewport.height - MARGIN;
  const side = prefer === "above" ? (fitsAbove || !fitsBelow ? "above" : "below") : fitsBelow || !fitsAbove ? "below" : "above";
  const top = side === "above" ? Math.max(MARGIN, above) : Math.min(below, Math.max(MARGIN, viewport.height - size.height - MARGIN));
  return { left, top, side };
}
