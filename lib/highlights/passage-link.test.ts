import { describe, expect, it } from "vitest";
import { documentText } from "@/lib/anchoring/document-text";
import { reanchor } from "@/lib/anchoring/reanchor";
import { createSelectors } from "@/lib/anchoring/selectors";
import { highlightHref, passageHref, readPassage, withoutPassage } from "./passage-link";

const blocks = [
  { anchor: "p-1", text: "董事会在周五宣布解除奥特曼的职务。" },
  { anchor: "p-2", text: "五天之后,他回到了公司。🦄 董事会随后改组。" },
];

function parse(href: string) {
  const url = new URL(href, "https://example.test");
  return readPassage(url.search, url.hash);
}

describe("passage links", () => {
  it("round-trips the selectors of a passage across two blocks, context shortened", () => {
    const doc = documentText(blocks);
    const selectors = createSelectors(doc, 10, 27);
    const href = passageHref("board-reversal", selectors);
    expect(href.startsWith("/articles/board-reversal?passage=10-27&")).toBe(true);
    expect(href.endsWith("#p-1")).toBe(true);
    const read = parse(href);
    expect(read).toEqual({
      ...selectors,
      quote: { ...selectors.quote, prefix: selectors.quote.prefix.slice(-16), suffix: Array.from(selectors.quote.suffix).slice(0, 16).join("") },
    });
    expect(read?.endAnchor).toBe("p-2");
  });

  it("finds the passage again after text was inserted before it", () => {
    const selectors = createSelectors(documentText(blocks), 22, 27);
    const read = parse(passageHref("a", selectors));
    const revised = documentText([{ anchor: "p-0", text: "新加的导语。" }, ...blocks]);
    const result = reanchor(revised, read!);
    expect(result.status).toBe("anchored");
    if (result.status === "anchored") expect(revised.chars.slice(result.start, result.end).join("")).toBe(selectors.quote.exact);
  });

  it("rejects malformed passages", () => {
    expect(readPassage("?passage=5-5&quote=x", "")).toBeNull();
    expect(readPassage("?passage=abc&quote=x", "")).toBeNull();
    expect(readPassage("?passage=1-4", "")).toBeNull();
    expect(readPassage("?thread=p-1", "")).toBeNull();
  });

  it("strips only its own parameters", () => {
    expect(withoutPassage("?thread=p-1&passage=1-4&quote=x&before=a&after=b&to=p-2")).toBe("?thread=p-1");
    expect(withoutPassage("?passage=1-4&quote=x")).toBe("");
  });
});

describe("highlightHref", () => {
  it("links a saved highlight's current anchoring", () => {
    const href = highlightHref({ articleSlug: "s", exact: "回到了", prefix: "他", suffix: "公司", start: 20, end: 23, startAnchor: "p-2", endAnchor: "p-2" });
    expect(href).toBe(`/articles/s?passage=20-23&quote=${encodeURIComponent("回到了")}&before=${encodeURIComponent("他")}&after=${encodeURIComponent("公司")}#p-2`);
  });
});
