import { describe, expect, it } from "vitest";
import { blockAnchors } from "./block-anchors";

const texts = ["导语", "(来源:X)", "第一段", "(来源:X)", "第二段", "(来源:X)", "(来源:X)"];

describe("blockAnchors", () => {
  it("gives every block a distinct id that is a valid HTML id", () => {
    const anchors = blockAnchors(texts);
    expect(new Set(anchors).size).toBe(texts.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^b-[0-9a-f]{8}(-[0-9a-z]+)*$/);
  });

  it("is deterministic across runs", () => {
    expect(blockAnchors(texts)).toEqual(blockAnchors([...texts]));
  });

  it("keeps ids when a new block is inserted before", () => {
    const before = blockAnchors(texts);
    const after = blockAnchors(["新插入的一段", ...texts]);
    expect(after.slice(1)).toEqual(before);
  });

  it("keeps the ids of repeated captions when a caption is inserted in an earlier stretch", () => {
    const before = blockAnchors(texts);
    const after = blockAnchors(["导语", "(来源:X)", "(来源:X)", ...texts.slice(2)]);
    expect(after.slice(3)).toEqual(before.slice(2));
  });

  it("ignores invisible characters and normalisation form differences", () => {
    expect(blockAnchors(["第\u200B一段"])).toEqual(blockAnchors(["第一段"]));
    expect(blockAnchors(["e\u0301"])).toEqual(blockAnchors(["\u00e9"]));
  });
});
