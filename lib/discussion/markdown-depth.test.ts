import { describe, expect, it } from "vitest";
import { isTooDeeplyNested, MAX_NESTING_DEPTH, nestingDepth } from "./markdown-depth";

describe("nestingDepth", () => {
  it("gives ordinary Markdown its real, small depth", () => {
    expect(nestingDepth("一段话,没有格式。")).toBe(0);
    expect(nestingDepth("**重要** 和 *强调*,`code`\n\n> 引用\n\n[链接](https://example.com)")).toBe(1);
    expect(nestingDepth("- a\n  - b\n    - c\n- d")).toBe(3);
    expect(nestingDepth("1. 第一\n   1. 其中\n2. 第二")).toBe(2);
    expect(nestingDepth("> 引用\n> > 引用里的引用\n\n正文")).toBe(2);
    expect(nestingDepth("> - 引用里的 **列表**")).toBe(3);
    expect(nestingDepth("5 * 3 = 15, snake_case_name, 2*3*4")).toBeLessThanOrEqual(1);
  });

  it("passes ordinary comments", () => {
    const normal = [
      "I agree.\n\n> The quoted line\n\nBut *not* with **this** part:\n\n- one\n- two\n  - two and a half",
      "```\n> > > > > > > > > > > > quoted in code\n```",
      "`*****************************` in code",
      "\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*\\*",
      "---\n\n***\n\n___",
    ];
    for (const body of normal) expect(isTooDeeplyNested(body), body).toBe(false);
  });

  it("measures deep lists, quotes and emphasis", () => {
    expect(nestingDepth("- ".repeat(2400) + "x")).toBe(2400);
    expect(nestingDepth("> ".repeat(2400) + "x")).toBe(2400);
    expect(nestingDepth("*".repeat(2400) + "x" + "*".repeat(2400))).toBe(1200);
    expect(nestingDepth("1. ".repeat(50) + "x")).toBe(50);
  });

  it("measures nesting spread over lines and mixed kinds", () => {
    const indented = Array.from({ length: 20 }, (_, i) => " ".repeat(2 * i) + "- item").join("\n");
    expect(nestingDepth(indented)).toBe(20);
    expect(nestingDepth("> - ".repeat(6) + "x")).toBe(12);
    expect(nestingDepth("> ".repeat(5) + "*".repeat(12) + "x" + "*".repeat(12))).toBe(11);
    const quotes = Array.from({ length: 15 }, (_, i) => "> ".repeat(i + 1) + "level").join("\n");
    expect(nestingDepth(quotes)).toBe(15);
  });

  it("draws the line just past the limit", () => {
    expect(isTooDeeplyNested("- ".repeat(MAX_NESTING_DEPTH) + "x")).toBe(false);
    expect(isTooDeeplyNested("- ".repeat(MAX_NESTING_DEPTH + 1) + "x")).toBe(true);
    expect(isTooDeeplyNested("> ".repeat(MAX_NESTING_DEPTH + 1) + "x")).toBe(true);
  });

  it("scans 100,000 levels without throwing, quickly", () => {
    const started = Date.now();
    expect(nestingDepth("- ".repeat(100_000) + "x")).toBe(100_000);
    expect(nestingDepth("> ".repeat(100_000) + "x")).toBe(100_000);
    expect(nestingDepth("*".repeat(100_000) + "x")).toBe(50_000);
    expect(nestingDepth(Array.from({ length: 100_000 }, () => ">").join("\n"))).toBe(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
