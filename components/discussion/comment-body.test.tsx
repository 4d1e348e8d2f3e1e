import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { CommentBody } from "./comment-body";

const render = (body: string, locale: "en" | "zh-CN" = "en") =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : zh} timeZone="Asia/Shanghai">
      <CommentBody body={body} />
    </NextIntlClientProvider>,
  );

describe("CommentBody", () => {
  it("renders the safe Markdown subset", () => {
    const html = render("**重要** 和 *强调*,`code`\n\n> 引用\n\n[链接](https://example.com/a?b=1)");
    expect(html).toContain("<strong>重要</strong>");
    expect(html).toContain("<em>强调</em>");
    expect(html).toContain("<code>code</code>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain('<a href="https://example.com/a?b=1" rel="nofollow ugc noopener noreferrer" target="_blank"');
  });

  it("never lets HTML through, but shows it as the text it is", () => {
    const html = render('<script>alert(1)</script><img src=x onerror="alert(2)"><b onclick="x()">粗</b>');
    expect(html).not.toMatch(/<script|<img|<b[ >]/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
  });

  it("shows an img tag with an onerror handler as visible text, with no img element", () => {
    for (const body of ["<img src=x onerror=alert(1)>", "看这个 <img src=x onerror=alert(1)> 图"]) {
      const html = render(body);
      expect(html, body).not.toMatch(/<img/i);
      expect(html, body).toContain("&lt;img src=x onerror=alert(1)&gt;");
    }
  });

  it("shows a fallback for a stored body nested too deeply to render, instead of throwing", () => {
    for (const body of ["- ".repeat(2400) + "x", "> ".repeat(2400) + "x", "*".repeat(4800) + "x" + "*".repeat(4800)]) {
      const started = Date.now();
      const html = renderToString(
        <NextIntlClientProvider locale="en" messages={en} timeZone="Asia/Shanghai">
          <CommentBody body={body} />
        </NextIntlClientProvider>,
      );
      expect(html).toContain("This comment cannot be displayed");
      expect(html).not.toContain("<blockquote>");
      expect(Date.now() - started).toBeLessThan(1_000);
    }
    expect(render("- ".repeat(2400) + "x", "zh-CN")).toContain("此评论无法显示");
  });

  it("renders a body of ordinary nesting as usual", () => {
    const html = render("> ".repeat(3) + "**深** 引用");
    expect(html.match(/<blockquote>/g)).toHaveLength(3);
    expect(html).toContain("<strong>深</strong>");
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
