import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseSeedArticle, publicationDate, SeedFormatError } from "./parse-seed-article";

const seed = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const article = parseSeedArticle(seed);
const seedLines = seed.split("\n").filter((line) => line.trim() !== "");
const bodyLines = seedLines.slice(seedLines.indexOf("AI人才超市开张") + 1, seedLines.indexOf("相关主题/热点"));

describe("parseSeedArticle on the seed", () => {
  it("reads the title, subtitle and byline fields", () => {
    expect(article.title).toBe("不回了!Open AI宫斗大反转");
    expect(article.subtitle).toBe("AI人才超市开张");
    expect(article.bylineSource).toBe("原创16 天前13.7k");
    expect(article.isOriginal).toBe(true);
    expect(article.publishedDaysAgo).toBe(16);
    expect(article.baseViews).toBe(13_700);
    expect(publicationDate(article, 2023).toISOString()).toBe("2023-11-19T16:00:00.000Z");
  });

  it("keeps every body line exactly once, in order", () => {
    const rendered = article.blocks.flatMap((block) => (block.label ? [block.label, block.text] : [block.text]));
    expect(rendered).toEqual([...bodyLines, expect.stringMatching(/^格隆汇声明/)]);
    for (const block of article.blocks) expect(seed).toContain(block.text);
  });

  it("recognises section headings with their numbers", () => {
    const headings = article.blocks.filter((block) => block.kind === "HEADING");
    expect(headings).toEqual([
      { kind: "HEADING", label: "01", text: "被“流放”48小时" },
      { kind: "HEADING", label: "02", text: "安全主义 vs 加速主义" },
      { kind: "HEADING", label: "03", text: "尾声" },
    ]);
  });

  it("marks every (来源:X) line as a figure caption and the disclaimer as such", () => {
    const captions = article.blocks.filter((block) => block.kind === "FIGURE");
    expect(captions.length).toBe(seedLines.filter((line) => line.startsWith("(来源:")).length);
    expect(captions.every((block) => /^\(来源:.+\)$/.test(block.text))).toBe(true);
    const disclaimers = article.blocks.filter((block) => block.kind === "DISCLAIMER");
    expect(disclaimers).toHaveLength(1);
    expect(article.blocks.at(-1)?.kind).toBe("DISCLAIMER");
  });

  it("reads the related articles and leaves out page chrome and the comment box", () => {
    expect(article.related.map((item) => item.timeLabel)).toEqual(["55分钟前", "1小时前", "1小时前"]);
    expect(article.related[0]?.title).toMatch(/^早报 \(12\.06\)/);
    const everything = JSON.stringify(article);
    for (const excluded of ["我也说两句", "手机号码", "验证码", "绑定", "合并", "cover_pic", "App内直接打开", "相关主题/热点"]) {
      expect(everything).not.toContain(excluded);
    }
  });
});

describe("parseSeedArticle on malformed input", () => {
  it("refuses a source without a byline", () => {
    expect(() => parseSeedArticle("标题\n\n正文")).toThrow(SeedFormatError);
  });

  it("refuses a source without a body", () => {
    expect(() => parseSeedArticle("标题\n原创1 天前10")).toThrow(SeedFormatError);
  });

  it("accepts a byline without the 原创 mark and other view units", () => {
    const parsed = parseSeedArticle("标题\n3 天前1.2w\n\n正文一段。");
    expect(parsed).toMatchObject({ isOriginal: false, publishedDaysAgo: 3, baseViews: 12_000, subtitle: null });
    expect(parsed.blocks).toEqual([{ kind: "PARAGRAPH", label: null, text: "正文一段。" }]);
  });
});
