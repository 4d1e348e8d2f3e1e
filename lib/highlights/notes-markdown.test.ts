import { describe, expect, it } from "vitest";
import type { MyHighlightDto } from "@/lib/api/highlight-schemas";
import type { CommentDto } from "@/lib/api/comment-schemas";
import { notesMarkdown } from "./notes-markdown";

const labels = { title: "我的笔记", exported: "导出于 2026-11-29", note: "批注", orphans: "无法定位", orphanLead: "找不到原文的划线:", open: "原文链接" };

function highlight(id: string, overrides: Partial<MyHighlightDto> = {}): MyHighlightDto {
  return {
    id,
    articleSlug: "board",
    articleTitle: "董事会的五天",
    visibility: "private",
    exact: "他回到了公司",
    prefix: "五天之后,",
    suffix: "。",
    start: 10,
    end: 16,
    startAnchor: "b-2",
    endAnchor: "b-2",
    originalExact: "他回到了公司",
    orphaned: false,
    createdAt: "2026-11-29T10:00:00.000Z",
    updatedAt: "2026-11-29T10:00:00.000Z",
    owner: { id: "u", name: "读者", image: null },
    isMine: true,
    note: null,
    replyCount: 0,
    ...overrides,
  };
}

const note = (body: string) => ({ body }) as CommentDto;

describe("notesMarkdown", () => {
  it("groups by article, quotes, notes and links back to each passage", () => {
    const markdown = notesMarkdown(
      [
        highlight("1", { note: note("值得**再读**") }),
        highlight("2", { articleSlug: "other", articleTitle: "另一篇 #2", exact: "第一段末尾\n\n第二段*开头*", start: 0, end: 13, startAnchor: "b-a", endAnchor: "b-b" }),
        highlight("3", { exact: "董事会", start: 0, end: 3 }),
      ],
      { origin: "https://m.example", labels },
    );
    expect(markdown).toBe(
      [
        "# 我的笔记",
        "",
        "导出于 2026-11-29",
        "",
        "## 董事会的五天",
        "",
        "> 他回到了公司",
        "",
        "**批注**",
        "",
        "值得**再读**",
        "",
        `[原文链接](https://m.example/articles/board?passage=10-16&quote=${encodeURIComponent("他回到了公司")}&before=${encodeURIComponent("五天之后,")}&after=${encodeURIComponent("。")}#b-2)`,
        "",
        "---",
        "",
        "> 董事会",
        "",
        `[原文链接](https://m.example/articles/board?passage=0-3&quote=${encodeURIComponent("董事会")}&before=${encodeURIComponent("五天之后,")}&after=${encodeURIComponent("。")}#b-2)`,
        "",
        "## 另一篇 \\#2",
        "",
        "> 第一段末尾",
        ">",
        "> 第二段\\*开头\\*",
        "",
        `[原文链接](https://m.example/articles/other?passage=0-13&quote=${encodeURIComponent("第一段末尾\n\n第二段*开头*")}&before=${encodeURIComponent("五天之后,")}&after=${encodeURIComponent("。")}&to=b-b#b-a)`,
        "",
      ].join("\n"),
    );
  });

  it("lists orphans last with the quote as it was highlighted, linking to the article", () => {
    const markdown = notesMarkdown([highlight("1", { orphaned: true, exact: "", originalExact: "被删掉的一句", note: note("可惜") })], { origin: "", labels });
    expect(markdown).toContain("## 无法定位\n\n找不到原文的划线:\n\n### 董事会的五天\n\n> 被删掉的一句\n\n**批注**\n\n可惜\n\n[原文链接](/articles/board)\n");
    expect(markdown).not.toMatch(/^## 董事会的五天$/m);
  });

  it("has only the heading when there is nothing", () => {
    expect(notesMarkdown([], { origin: "", labels })).toBe("# 我的笔记\n\n导出于 2026-11-29\n");
  });
});
