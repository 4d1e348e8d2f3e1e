import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "./comment-body";

const render = (body: string) => renderToStaticMarkup(<CommentBody body={body} />);

describe("CommentBody", () => {
  it("renders the safe Markdown subset", () => {
    const html = render("**重要** 和 *强调*,`code`\n\n> 引用\n\n[链接](https://example.com/a?b=1)");
    expect(html).toContain("<strong>重要</strong>");
    expect(html).toContain("<em>强调</em>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://example.com/a?b=1" rel="nofollow ugc noopener noreferrer" target="_blank"');
  });

  it("never lets HTML through", () => {
    const html = render('<script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="x()">粗</b>');
    expect(html).not.toMatch(/<script|<img|<b[ >]|onerror|onclick/i);
  });

  it("drops dangerous link targets", () => {
    for (const href of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>x</script>", "vbscript:x"]) {
      const html = render(`[点我](${href})`);
      expect(html, href).not.toMatch(/href="(javascript|data|vbscript)/i);
      expect(html).toContain("点我");
    }
  });

  it("unwraps Markdown outside the subset to its text", () => {
    const html = render("# 标题\n\n![图](https://example.com/x.png)\n\n- 列表");
    expect(html).not.toMatch(/<h1|<img|<ul|<li/);
    expect(html).toContain("标题");
    expect(html).toContain("列表");
  });
});
