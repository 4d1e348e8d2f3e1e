import { describe, expect, it } from "vitest";
import { popularSegments } from "./popular-segments";

describe("popularSegments", () => {
  it("is empty without highlights", () => {
    expect(popularSegments([])).toEqual([]);
  });

  it("counts overlapping readers per stretch, in text order", () => {
    expect(
      popularSegments([
        { start: 10, end: 20, userId: "b" },
        { start: 0, end: 15, userId: "a" },
        { start: 12, end: 30, userId: "c" },
      ]),
    ).toEqual([
      { start: 0, end: 10, count: 1 },
      { start: 10, end: 12, count: 2 },
      { start: 12, end: 15, count: 3 },
      { start: 15, end: 20, count: 2 },
      { start: 20, end: 30, count: 1 },
    ]);
  });

  it("counts a reader once where their own highlights overlap, and merges equal neighbours", () => {
    expect(
      popularSegments([
        { start: 0, end: 10, userId: "a" },
        { start: 5, end: 15, userId: "a" },
        { start: 15, end: 20, userId: "a" },
      ]),
    ).toEqual([{ start: 0, end: 20, count: 1 }]);
  });

  it("leaves gaps between highlights out and ignores empty spans", () => {
    expect(
      popularSegments([
        { start: 0, end: 3, userId: "a" },
        { start: 7, end: 9, userId: "b" },
        { start: 5, end: 5, userId: "c" },
      ]),
    ).toEqual([
      { start: 0, end: 3, count: 1 },
      { start: 7, end: 9, count: 1 },
    ]);
  });

  it("keeps touching stretches of different counts apart", () => {
    expect(
      popularSegments([
        { start: 0, end: 4, userId: "a" },
        { start: 0, end: 4, userId: "b" },
        { start: 4, end: 8, userId: "a" },
      ]),
    ).toEqual([
      { start: 0, end: 4, count: 2 },
      { start: 4, end: 8, count: 1 },
    ]);
  });
});
