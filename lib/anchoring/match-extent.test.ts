import { describe, expect, it } from "vitest";
import { refineExtent } from "./match-extent";

// One id per distinct character, as folded-text.ts would assign.
function encoder() {
  const idOf = new Map<string, number>();
  return (text: string) =>
    Int32Array.from(Array.from(text), (char) => {
      if (!idOf.has(char)) idOf.set(char, idOf.size);
      return idOf.get(char)!;
    });
}

function refine(document: string, quote: { exact: string; prefix: string; suffix: string }, candidate: string) {
  const encode = encoder();
  const ids = encode(document);
  const start = document.indexOf(candidate);
  const extent = refineExtent(
    ids,
    { exact: encode(quote.exact), prefix: encode(quote.prefix), suffix: encode(quote.suffix) },
    { start, end: start + candidate.length },
  );
  return document.slice(extent.start, extent.end);
}

describe("refineExtent", () => {
  it("leaves an exact occurrence as it is", () => {
    const quote = { prefix: "外逼宫下的", exact: "董事会决定一条路", suffix: "走到黑" };
    expect(refine("内外逼宫下的董事会决定一条路走到黑", quote, "董事会决定一条路")).toBe("董事会决定一条路");
  });

  it("keeps the quote's first characters behind text inserted after them when the prefix agrees", () => {
    const quote = { prefix: "结果剧本又给董事会撕烂", exact: "了,“不好意思!我们找到人了", suffix: "。内外逼宫" };
    const document = "结果剧本又给董事会撕烂了,剧情再度急转直下。“不好意思!我们找到人了。内外逼宫";
    expect(refine(document, quote, "“不好意思!我们找到人了")).toBe("了,剧情再度急转直下。“不好意思!我们找到人了");
  });

  it("keeps the quote's last characters behind text inserted before them when the suffix agrees", () => {
    const quote = { prefix: "结果", exact: "董事会决定一条路走到黑", suffix: ",硬是不让人回来" };
    const document = "结果董事会决定一条路最终还是走到黑,硬是不让人回来";
    expect(refine(document, quote, "董事会决定一条路")).toBe("董事会决定一条路最终还是走到黑");
  });

  it("does not reach past a deletion when the context does not agree", () => {
    const quote = { prefix: "甲乙丙丁", exact: "了,“不好意思!我们找到人了", suffix: "戊己庚辛" };
    const document = "结果剧本又给董事会撕烂了,剧情再度急转直下。“不好意思!我们找到人了。内外逼宫";
    expect(refine(document, quote, "“不好意思!我们找到人了")).toBe("“不好意思!我们找到人了");
  });

  it("drops a rewritten edge that only coincidentally shares a few characters", () => {
    const quote = { prefix: "而是打算弄清楚如何", exact: "阻止超级人工智能失控。他认为ChatGPT可能是有意识的", suffix: ",他眼中的超级人工智能" };
    const document = "而是打算弄清楚如何阻止超级人工智能失控。他相信未来的超级智能可能拥有某种意识,而人类将难以评估它们";
    expect(refine(document, quote, "阻止超级人工智能失控。他相信未来的超级智能可能拥有某种意识")).toBe(
      "阻止超级人工智能失控。他",
    );
  });
});
