import { describe, expect, it } from "vitest";
import type { HighlightDto } from "@/lib/api/highlight-schemas";
import { highlightsAt, paintLayers, popularAt, popularLevel } from "./paint-layers";

function highlight(id: string, start: number, end: number, options: Partial<HighlightDto> = {}): HighlightDto {
  return {
    id,
    articleSlug: "a",
    visibility: "private",
    exact: "x",
    prefix: "",
    suffix: "",
    start,
    end,
    startAnchor: "p-1",
    endAnchor: "p-1",
    originalExact: "x",
    orphaned: false,
    createdAt: `2026-01-0${id}T00:00:00.000Z`,
    updatedAt: `2026-01-0${id}T00:00:00.000Z`,
    owner: { id: "u", name: "u", image: null },
    isMine: true,
    note: null,
    replyCount: 0,
    ...options,
  };
}

const note = { id: "c" } as HighlightDto["note"];

describe("paint layers", () => {
  const highlights = [
    highlight("1", 0, 5),
    highlight("2", 3, 9, { note }),
    highlight("3", 4, 6, { isMine: false, visibility: "public" }),
    highlight("4", 10, 12, { orphaned: true }),
  ];
  const popular = [
    { start: 4, end: 6, count: 1 },
    { start: 20, end: 30, count: 3 },
    { start: 22, end: 24, count: 7 },
  ];

  it("puts mine, my notes, others' and popular passages in their layers; orphans nowhere", () => {
    const layers = paintLayers({ highlights, popular, hideOthers: false, passage: { start: 1, end: 2 } });
    expect(layers["mg-mine"]).toEqual([{ start: 0, end: 5 }]);
    expect(layers["mg-mine-noted"]).toEqual([{ start: 3, end: 9 }]);
    expect(layers["mg-others"]).toEqual([{ start: 4, end: 6 }]);
    expect(layers["mg-popular-1"]).toEqual([{ start: 4, end: 6 }]);
    expect(layers["mg-popular-2"]).toEqual([{ start: 20, end: 30 }]);
    expect(layers["mg-popular-3"]).toEqual([{ start: 22, end: 24 }]);
    expect(layers["mg-passage"]).toEqual([{ start: 1, end: 2 }]);
  });

  it("hides other readers' highlights and the popular shading, never mine", () => {
    const layers = paintLayers({ highlights, popular, hideOthers: true, passage: null });
    expect(layers["mg-others"]).toEqual([]);
    expect(layers["mg-popular-2"]).toEqual([]);
    expect(layers["mg-mine"]).toHaveLength(1);
    expect(layers["mg-passage"]).toEqual([]);
  });

  it("grades popularity", () => {
    expect([1, 2, 4, 5, 50].map(popularLevel)).toEqual([1, 2, 2, 3, 3]);
  });

  it("finds what lies under an offset, mine first, ends exclusive", () => {
    expect(highlightsAt(highlights, 4, false).map((h) => h.id)).toEqual(["2", "1"]);
    expect(highlightsAt(highlights, 5, false).map((h) => h.id)).toEqual(["2"]);
    expect(highlightsAt(highlights, 11, false)).toEqual([]);
    const othersNote = [highlight("5", 0, 3, { isMine: false, note })];
    expect(highlightsAt(othersNote, 1, false).map((h) => h.id)).toEqual(["5"]);
    expect(highlightsAt(othersNote, 1, true)).toEqual([]);
    expect(popularAt(popular, 23)?.count).toBe(7);
    expect(popularAt(popular, 25)?.count).toBe(3);
    expect(popularAt(popular, 40)).toBeNull();
  });
});
