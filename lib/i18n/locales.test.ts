import { describe, expect, it } from "vitest";
import { resolveLocale } from "./locales";

describe("resolveLocale", () => {
  it("defaults to zh-CN", () => {
    expect(resolveLocale(undefined, null)).toBe("zh-CN");
    expect(resolveLocale(undefined, "fr-FR,de;q=0.8")).toBe("zh-CN");
  });

  it("honours an explicit choice over the browser", () => {
    expect(resolveLocale("en", "zh-CN")).toBe("en");
    expect(resolveLocale("zh-CN", "en-US")).toBe("zh-CN");
  });

  it("ignores an unknown cookie value", () => {
    expect(resolveLocale("xx", "en-GB")).toBe("en");
  });

  it("follows the browser's ranking between Chinese and English", () => {
    expect(resolveLocale(undefined, "en-US,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(resolveLocale(undefined, "zh-TW,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(resolveLocale(undefined, "fr;q=1,zh;q=0.5,en;q=0.7")).toBe("en");
    expect(resolveLocale(undefined, "en;q=0,zh")).toBe("zh-CN");
  });
});
