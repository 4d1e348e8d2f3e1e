import { describe, expect, it } from "vitest";
import { commentHref } from "@/components/moderation/comment-href";

describe("commentHref", () => {
  it("opens a block's thread on the comment", () => {
    expect(commentHref({ articleSlug: "board", anchor: "p-3f2a", highlightId: null }, "c1")).toBe("/articles/board?thread=p-3f2a#comment-c1");
  });

  it("opens a public note's thread, even when the note's comment carries an anchor", () => {
    expect(commentHref({ articleSlug: "board", anchor: "p-3f2a", highlightId: "h9" }, "c2")).toBe("/articles/board?thread=note-h9#comment-c2");
  });

  it("opens the article-wide discussion, and escapes the slug", () => {
    expect(commentHref({ articleSlug: "董事会 风波", anchor: null, highlightId: null }, "c3")).toBe(
      `/articles/${encodeURIComponent("董事会 风波")}?thread=article#comment-c3`,
    );
  });
});
