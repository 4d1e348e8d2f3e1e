import { describe, expect, it } from "vitest";
import { foldCodePoint, normalizeForMatching, normalizeText, removeInvisible } from "./normalize";

const fold = (char: string) => String.fromCodePoint(foldCodePoint(char.codePointAt(0) ?? 0));

describe("removeInvisible", () => {
  it("removes zero-width characters, the word joiner, the BOM and the soft hyphen", () => {
    expect(removeInvisible("微\u200B软\u200C大\u200D哥\u2060倒\uFEFF吸\u00AD气")).toBe("微软大哥倒吸气");
  });

  it("keeps visible spaces and line breaks", () => {
    expect(removeInvisible("Open AI\n\n(来源:X)\u3000")).toBe("Open AI\n\n(来源:X)\u3000");
  });
});

describe("normalizeText", () => {
  it("composes to NFC", () => {
    expect(normalizeText("Cafe\u0301")).toBe("Café");
  });

  it("composes a mark that was separated from its base by an invisible character", () => {
    expect(normalizeText("e\u200B\u0301")).toBe("é");
  });

  it("keeps full-width punctuation and case, which readers see", () => {
    expect(normalizeText("不回了!Open AI,")).toBe("不回了!Open AI,");
    expect(normalizeText("不回了\uFF01")).toBe("不回了\uFF01");
  });

  it("keeps astral characters", () => {
    expect(normalizeText("𠀀😀")).toBe("𠀀😀");
  });
});

describe("normalizeForMatching", () => {
  it("folds width, compatibility forms and case, and removes invisible characters", () => {
    expect(normalizeForMatching("不回了\uFF01\uFF2F\uFF50\uFF45\uFF4E AI\uFF0C\u200B㎏")).toBe("不回了!open ai,kg");
  });
});

describe("foldCodePoint", () => {
  it("maps full-width punctuation and letters to ASCII and lower-cases", () => {
    expect(fold("\uFF0C")).toBe(",");
    expect(fold("\uFF01")).toBe("!");
    expect(fold("\uFF08")).toBe("(");
    expect(fold("\uFF1A")).toBe(":");
    expect(fold("\uFF21")).toBe("a");
    expect(fold("A")).toBe("a");
    expect(fold("\u3000")).toBe(" ");
  });

  it("leaves Chinese, Chinese punctuation and astral characters alone", () => {
    expect(fold("微")).toBe("微");
    expect(fold("。")).toBe("。");
    expect(fold("“")).toBe("“");
    expect(fold("𠀀")).toBe("𠀀");
    expect(fold("😀")).toBe("😀");
  });

  it("keeps characters whose folded form is longer, so offsets do not move", () => {
    expect(fold("ﬁ")).toBe("ﬁ");
    expect(fold("㎏")).toBe("㎏");
  });
});
