import { describe, expect, it } from "vitest";
import { checkCommentBody, MAX_COMMENT_LENGTH } from "./comment-body";

describe("checkCommentBody", () => {
  it("accepts ordinary Chinese text and trims it", () => {
    expect(checkCommentBody("  说得好。\n第二行  ")).toEqual({ ok: true, body: "说得好。\n第二行" });
  });

  it("refuses empty and invisible-only bodies", () => {
    expect(checkCommentBody("")).toMatchObject({ ok: false, error: "empty" });
    expect(checkCommentBody(" \n\t ")).toMatchObject({ ok: false, error: "empty" });
    expect(checkCommentBody("\u200B\u200D\uFEFF")).toMatchObject({ ok: false, error: "empty" });
  });

  it("counts code points, so emoji and Extension B characters count once", () => {
    const emoji = "😀".repeat(MAX_COMMENT_LENGTH);
    expect(emoji.length).toBe(MAX_COMMENT_LENGTH * 2);
    expect(checkCommentBody(emoji)).toEqual({ ok: true, body: emoji });
    expect(checkCommentBody(`${"𠀀".repeat(MAX_COMMENT_LENGTH)}字`)).toMatchObject({ ok: false, error: "too_long", length: 5_001 });
  });

  it("refuses bodies nested deeper than the renderer can take", () => {
    expect(checkCommentBody("- ".repeat(2400) + "x")).toMatchObject({ ok: false, error: "too_deeply_nested" });
    expect(checkCommentBody("> ".repeat(2400) + "x")).toMatchObject({ ok: false, error: "too_deeply_nested" });
    expect(checkCommentBody("> 引用\n\n- **一**\n  - *二*")).toMatchObject({ ok: true });
  });

  it("normalises line endings and drops control characters but keeps tabs and newlines", () => {
    expect(checkCommentBody("a\r\nb\rc\u0000d\u0007\te")).toEqual({ ok: true, body: "a\nb\ncd\te" });
  });
});
