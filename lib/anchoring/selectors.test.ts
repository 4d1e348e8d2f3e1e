import { describe, expect, it } from "vitest";
import { documentText } from "./document-text";
import { BASE_BLOCKS } from "./revision-corpus";
import { CONTEXT_LENGTH, createSelectors, matchSelectors } from "./selectors";

const doc = documentText(BASE_BLOCKS);
const start = doc.text.indexOf("微软大哥倒吸一口凉气"); // only BMP characters before it, so UTF-16 = code points
const end = start + 10;

describe("createSelectors", () => {
  it("builds quote, position and block anchors with 32 code points of context", () => {
    const selectors = createSelectors(doc, start, end);
    expect(selectors).toEqual({
      quote: {
        type: "TextQuoteSelector",
        exact: "微软大哥倒吸一口凉气",
        prefix: "tch前高管埃米特·谢尔)。\n\n看着自己培养的合作伙伴彻底黑化,",
        suffix: ",不要是吧,那来我这干吧。目前这一幕,以Open AI前高管Sa",
      },
      position: { type: "TextPositionSelector", start, end },
      startAnchor: "p06",
      endAnchor: "p06",
    });
    expect([...selectors.quote.prefix]).toHaveLength(CONTEXT_LENGTH);
    expect([...selectors.quote.suffix]).toHaveLength(CONTEXT_LENGTH);
  });

  it("counts astral characters once and cuts context at the document edges", () => {
    const small = documentText([{ anchor: "a", text: "😀𠀀不回了!" }, { anchor: "b", text: "Open AI" }]);
    expect(createSelectors(small, 2, 8)).toEqual({
      quote: { type: "TextQuoteSelector", exact: "不回了!\n\n", prefix: "😀𠀀", suffix: "Open AI" },
      position: { type: "TextPositionSelector", start: 2, end: 8 },
      startAnchor: "a",
      endAnchor: "a",
    });
  });

  it("names different blocks for a range across paragraphs", () => {
    const selectors = createSelectors(doc, start, doc.text.indexOf("王者归来"));
    expect(selectors).toMatchObject({ startAnchor: "p06", endAnchor: "p07" });
  });

  it.each([
    [start, start],
    [end, start],
    [-1, 3],
    [0, doc.chars.length + 1],
    [1.5, 3],
  ])("rejects the range [%s, %s)", (from, to) => {
    expect(() => createSelectors(doc, from, to)).toThrow(RangeError);
  });
});

describe("matchSelectors", () => {
  const selectors = createSelectors(doc, start, end);

  it("accepts selectors created from the current text", () => {
    expect(matchSelectors(doc, selectors)).toEqual({ status: "match", selectors });
  });

  it("accepts shorter context and unnormalised text, returning the canonical selectors", () => {
    const posted = {
      ...selectors,
      quote: { type: "TextQuoteSelector" as const, exact: "微软\u200B大哥倒吸一口凉气", prefix: "彻底黑化,", suffix: "" },
    };
    expect(matchSelectors(doc, posted)).toEqual({ status: "match", selectors });
  });

  it.each([
    ["position", { ...selectors, position: { type: "TextPositionSelector" as const, start: end, end: start } }],
    ["position", { ...selectors, position: { type: "TextPositionSelector" as const, start, end: doc.chars.length + 1 } }],
    ["exact", { ...selectors, quote: { ...selectors.quote, exact: "微软大哥倒吸一口气" } }],
    ["exact", { ...selectors, position: { type: "TextPositionSelector" as const, start: start + 1, end: end + 1 } }],
    ["prefix", { ...selectors, quote: { ...selectors.quote, prefix: "彻底白化," } }],
    ["suffix", { ...selectors, quote: { ...selectors.quote, suffix: ",不要是吗" } }],
    ["anchors", { ...selectors, startAnchor: "p05" }],
    ["anchors", { ...selectors, endAnchor: "p07" }],
  ])("reports a %s mismatch", (reason, posted) => {
    expect(matchSelectors(doc, posted)).toEqual({ status: "mismatch", reason });
  });

  it("rejects a prefix longer than the text before the quote", () => {
    const first = createSelectors(doc, 2, 5);
    expect(matchSelectors(doc, { ...first, quote: { ...first.quote, prefix: "x不回" } })).toEqual({
      status: "mismatch",
      reason: "prefix",
    });
  });
});
