import { describe, expect, it } from "vitest";
import { codePointLength, sliceCodePoints, toCodePoints } from "./code-points";

describe("code points", () => {
  it("count characters outside the BMP once", () => {
    expect("𠀀😀中".length).toBe(5);
    expect(codePointLength("𠀀😀中")).toBe(3);
    expect(toCodePoints("a𠀀😀中")).toEqual(["a", "𠀀", "😀", "中"]);
  });

  it("slice by code points", () => {
    expect(sliceCodePoints("前言𠀀😀一条路", 2, 5)).toBe("𠀀😀一");
    expect(sliceCodePoints("前言𠀀😀一条路", 3)).toBe("😀一条路");
    expect(sliceCodePoints("", 0, 3)).toBe("");
  });

  it("keep combining marks as separate code points", () => {
    expect(codePointLength("e\u0301")).toBe(2);
  });
});
