import { describe, expect, it } from "vitest";
import { codePointLength } from "../text/code-points";
import { documentText, textBetween, type DocumentText } from "./document-text";
import { reanchor } from "./reanchor";
import { applyRevisions, BASE_BLOCKS, REVISION_CASES, type Locator } from "./revision-corpus";
import { createSelectors } from "./selectors";

/** Code-point offset of a locator that must be unique in the document. */
function locate(doc: DocumentText, { text, within = text }: Locator): number {
  const at = doc.text.indexOf(within);
  expect(at, `"${within}" occurs once`).toBeGreaterThanOrEqual(0);
  expect(doc.text.lastIndexOf(within), `"${within}" occurs once`).toBe(at);
  const inner = within.indexOf(text);
  expect(inner, `"${text}" is inside "${within}"`).toBeGreaterThanOrEqual(0);
  return codePointLength(doc.text.slice(0, at + inner));
}

function highlight(doc: DocumentText, locator: Locator) {
  const start = locate(doc, locator);
  return createSelectors(doc, start, start + codePointLength(locator.text));
}

describe("reanchor over the revision corpus", () => {
  const base = documentText(BASE_BLOCKS);

  it.each(REVISION_CASES.map((revision) => [revision.name, revision] as const))("%s", (_, revision) => {
    const selectors = highlight(base, revision.highlight);
    const revised = documentText(applyRevisions(BASE_BLOCKS, revision.revisions));
    const result = reanchor(revised, selectors);
    const { expected } = revision;
    if (expected === "orphan") {
      expect(result).toEqual({ status: "orphan" });
      return;
    }
    const start = locate(revised, expected);
    expect(result).toEqual({
      status: "anchored",
      start,
      end: start + codePointLength(expected.text),
      method: expected.method,
      startAnchor: expected.startAnchor,
      endAnchor: expected.endAnchor ?? expected.startAnchor,
    });
    if (result.status === "anchored") expect(textBetween(revised, result.start, result.end)).toBe(expected.text);
  });
});

describe("reanchor", () => {
  it("anchors every highlight of an unchanged document by position", () => {
    const doc = documentText(BASE_BLOCKS);
    for (let start = 0; start < doc.chars.length - 20; start += 37) {
      const end = start + 1 + (start % 19);
      expect(reanchor(doc, createSelectors(doc, start, end))).toMatchObject({ status: "anchored", start, end, method: "position" });
    }
  });

  it("counts astral characters as one position", () => {
    const before = documentText([{ anchor: "a", text: "董事会决定一条路走到黑" }]);
    const after = documentText([{ anchor: "a", text: "😀𠀀董事会决定一条路走到黑" }]);
    const selectors = createSelectors(before, 5, 11);
    expect(textBetween(before, 5, 11)).toBe("一条路走到黑");
    expect(reanchor(after, selectors)).toMatchObject({ start: 7, end: 13, method: "quote" });
  });

  it("anchors quotes that contain astral characters", () => {
    const doc = documentText([{ anchor: "a", text: "前言𠀀😀一条路走到黑" }]);
    const selectors = createSelectors(doc, 2, 6);
    expect(selectors.quote.exact).toBe("𠀀😀一条");
    const revised = documentText([{ anchor: "b", text: "新的前言" }, { anchor: "a", text: "前言𠀀😀一条路走到黑" }]);
    expect(reanchor(revised, selectors)).toEqual({
      status: "anchored",
      start: 8,
      end: 12,
      method: "quote",
      startAnchor: "a",
      endAnchor: "a",
    });
  });

  it("does not trust a stored position past the end of a shortened document", () => {
    const before = documentText([
      { anchor: "a", text: "王者归来,乔布斯花了整整12年。" },
      { anchor: "b", text: "Open AI的内部矛盾" },
    ]);
    const selectors = highlight(before, { text: "Open AI的内部矛盾" });
    const after = documentText([{ anchor: "b", text: "Open AI的内部矛盾" }]);
    expect(reanchor(after, selectors)).toMatchObject({ status: "anchored", start: 0, end: 12, method: "quote" });
  });

  it("makes a highlight an orphan when the whole article is replaced", () => {
    const doc = documentText(BASE_BLOCKS);
    const replaced = documentText([{ anchor: "x", text: "这是一篇完全不同的文章,内容与原文无关。" }]);
    for (let start = 0; start < doc.chars.length - 10; start += 101) {
      expect(reanchor(replaced, createSelectors(doc, start, start + 10))).toEqual({ status: "orphan" });
    }
  });

  it("makes a highlight with an empty quote an orphan", () => {
    const doc = documentText(BASE_BLOCKS);
    const selectors = createSelectors(doc, 0, 3);
    expect(reanchor(doc, { ...selectors, quote: { ...selectors.quote, exact: "" } })).toEqual({ status: "orphan" });
  });
});
