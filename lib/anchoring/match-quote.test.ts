import { describe, expect, it } from "vitest";
import { documentText, type DocumentText } from "./document-text";
import { encode } from "./folded-text";
import { matchExactQuote, matchFuzzyQuote, matchQuote, type QuoteTarget } from "./match-quote";
import type { Block } from "./types";

function target(
  doc: DocumentText,
  exact: string,
  context: { prefix?: string; suffix?: string; hint?: number; anchor?: string } = {},
): QuoteTarget {
  return {
    exact: encode(doc.folded, exact),
    prefix: encode(doc.folded, context.prefix ?? ""),
    suffix: encode(doc.folded, context.suffix ?? ""),
    hint: context.hint ?? 0,
    startAnchor: context.anchor ?? "",
    endAnchor: context.anchor ?? "",
  };
}

describe("matchExactQuote", () => {
  // Three copies with identical context, as far as a 2-character prefix and suffix can tell.
  const blocks: Block[] = ["x1", "x2", "x3"].map((anchor) => ({ anchor, text: "甲乙丙丁戊己庚辛" }));
  const doc = documentText(blocks);
  const context = { prefix: "甲乙", suffix: "庚辛" };

  it("prefers the stored block anchor when the context is the same", () => {
    expect(matchExactQuote(doc, target(doc, "丙丁戊己", { ...context, hint: 0, anchor: "x2" }))).toMatchObject({
      start: 12,
      end: 16,
      errors: 0,
    });
  });

  it("falls back to closeness to the old position", () => {
    expect(matchExactQuote(doc, target(doc, "丙丁戊己", { ...context, hint: 20, anchor: "gone" }))?.start).toBe(22);
  });

  it("lets the context outweigh closeness and anchors", () => {
    const varied = documentText([
      { anchor: "x1", text: "董事会决定一条路走到黑" },
      { anchor: "x2", text: "员工决定一条路走到黑" },
    ]);
    const found = matchExactQuote(varied, target(varied, "决定一条路", { prefix: "董事会", hint: 15, anchor: "x2" }));
    expect(found?.start).toBe(3);
  });

  it("finds nothing when a character of the quote is not in the text", () => {
    expect(matchExactQuote(doc, target(doc, "丙丁戊x"))).toBeNull();
  });

  it("keeps a short quote away from places where neither side of its context agrees", () => {
    expect(matchExactQuote(doc, target(doc, "丙丁", { prefix: "某某", suffix: "某某" }))).toBeNull();
    expect(matchExactQuote(doc, target(doc, "丙丁", { prefix: "某某", suffix: "戊己" }))).not.toBeNull();
  });
});

describe("matchFuzzyQuote", () => {
  const filler = "天气很好。".repeat(200);

  it("finds an edited passage near the old position", () => {
    const doc = documentText([{ anchor: "a", text: `${filler}内外逼宫下的董事会最终决定一条路走到黑${filler}` }]);
    const found = matchFuzzyQuote(doc, target(doc, "内外逼宫下的董事会决定一条路走到黑", { hint: 1000 }));
    expect(found).toMatchObject({ start: 1000, end: 1019, errors: 2 });
  });

  it("scans the whole text when nothing matches near the old position", () => {
    const doc = documentText([{ anchor: "a", text: `${filler}${filler}内外逼宫下的董事会最终决定一条路走到黑` }]);
    const found = matchFuzzyQuote(doc, target(doc, "内外逼宫下的董事会决定一条路走到黑", { hint: 0 }));
    expect(found).toMatchObject({ start: 2000, end: 2019, errors: 2 });
  });

  it("rejects passages beyond the error budget", () => {
    const doc = documentText([{ anchor: "a", text: "内外逼宫下的董事会最后却还是决定一条路走到黑" }]);
    expect(matchFuzzyQuote(doc, target(doc, "内外逼宫下的董事会决定一条路走到黑"))).toBeNull();
  });

  it("never edits quotes shorter than 4 characters", () => {
    const doc = documentText([{ anchor: "a", text: "一脸懵圈" }]);
    expect(matchFuzzyQuote(doc, target(doc, "脸懵逼", { prefix: "一", suffix: "" }))).toBeNull();
  });
});

describe("matchQuote", () => {
  const doc = documentText([
    { anchor: "a", text: "微软同样为Altman被开除的决定感到措手不及" },
    { anchor: "b", text: "官网宣布Sam Altman被解雇的决定,在阐释原因时" },
  ]);
  const quote = "Altman被解雇的决定";

  it("takes an exact occurrence whose context agrees", () => {
    const found = matchQuote(doc, target(doc, quote, { prefix: "宣布Sam ", suffix: ",在阐释" }));
    expect(found).toMatchObject({ start: 33, end: 45, errors: 0, method: "quote" });
  });

  it("prefers an edited occurrence in its context to an exact one out of it", () => {
    const found = matchQuote(doc, target(doc, quote, { prefix: "微软同样为", suffix: "感到措手不及" }));
    expect(found).toMatchObject({ start: 5, end: 17, errors: 2, method: "fuzzy" });
  });

  it("takes an exact occurrence out of context when nothing else is close", () => {
    const found = matchQuote(doc, target(doc, quote, { prefix: "某某某某", suffix: "某某某某" }));
    expect(found).toMatchObject({ start: 33, end: 45, method: "quote" });
  });
});
