import { describe, expect, it } from "vitest";
import { htmlAsText } from "./html-as-text";

describe("htmlAsText", () => {
  it("turns block HTML into a paragraph of text and inline HTML into text", () => {
    const tree = {
      type: "root",
      children: [
        { type: "html", value: "<img src=x onerror=alert(1)>" },
        { type: "paragraph", children: [{ type: "text", value: "a " }, { type: "html", value: "<b>" }, { type: "text", value: "b" }] },
        { type: "blockquote", children: [{ type: "html", value: "<div>" }] },
      ],
    };
    htmlAsText(tree);
    expect(tree.children).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "<img src=x onerror=alert(1)>" }] },
      { type: "paragraph", children: [{ type: "text", value: "a " }, { type: "text", value: "<b>" }, { type: "text", value: "b" }] },
      { type: "blockquote", children: [{ type: "paragraph", children: [{ type: "text", value: "<div>" }] }] },
    ]);
  });
});
