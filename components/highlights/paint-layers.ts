import type { HighlightDto, PopularSegment } from "@/lib/api/highlight-schemas";

/**
 * Which document ranges each paint layer covers. Layers are painted with the
 * CSS Custom Highlight API (names below match ::highlight() rules in
 * globals.css), so overlapping highlights simply paint over each other and
 * the article's DOM, selection and copy stay untouched.
 */
export const LAYER_NAMES = ["mg-popular-1", "mg-popular-2", "mg-popular-3", "mg-others", "mg-mine", "mg-mine-noted", "mg-passage"] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

export type Span = { start: number; end: number };
export type Layers = Record<LayerName, Span[]>;

/** How strongly a passage highlighted by `count` readers is shaded: 1 (one reader) to 3 (five or more). */
export function popularLevel(count: number): 1 | 2 | 3 {
  if (count >= 5) return 3;
  if (count >= 2) return 2;
  return 1;
}

export function paintLayers(input: {
  highlights: readonly HighlightDto[];
  popular: readonly PopularSegment[];
  hideOthers: boolean;
  passage: Span | null;
}): Layers {
  const layers = Object.fromEntries(LAYER_NAMES.map((name) => [name, [] as Span[]])) as Layers;
  for (const highlight of input.highlights) {
    if (highlight.orphaned) continue;
    const span = { start: highlight.start, end: highlight.end };
    if (highlight.isMine) layers[highlight.note ? "mg-mine-noted" : "mg-mine"].push(span);
    else if (!input.hideOthers) layers["mg-others"].push(span);
  }
  if (!input.hideOthers) {
    for (const passage of input.popular) layers[`mg-popular-${popularLevel(passage.count)}`].push({ start: passage.start, end: passage.end });
  }
  if (input.passage) layers["mg-passage"].push(input.passage);
  return layers;
}

/** Highlights under a document offset, mine first, then those with a note (their thread can open), newest first. */
export function highlightsAt(highlights: readonly HighlightDto[], offset: number, hideOthers: boolean): HighlightDto[] {
  return highlights
    .filter((highlight) => !highlight.orphaned && highlight.start <= offset && offset < highlight.end && (highlight.isMine || (!hideOthers && highlight.note !== null)))
    .sort((a, b) => Number(b.isMine) - Number(a.isMine) || b.createdAt.localeCompare(a.createdAt));
}

/** The popular passage under a document offset (the most highlighted one if they overlap). */
export function popularAt(popular: readonly PopularSegment[], offset: number): PopularSegment | null {
  let best: PopularSegment | null = null;
  for (const passage of popular) {
    if (passage.start <= offset && offset < passage.end && (best === null || passage.count > best.count)) best = passage;
  }
  return best;
}
