import { describe, expect, it } from "vitest";
import { splitTerms } from "@/components/moderation/split-terms";

describe("splitTerms", () => {
  it("splits on lines and on ASCII, full-width and ideographic commas", () => {
    expect(splitTerms("广告\n代开发票,加微信、free money\r\nspam")).toEqual(["广告", "代开发票", "加微信", "free money", "spam"]);
  });

  it("trims, drops blanks and repeats", () => {
    expect(splitTerms("  广告 \n\n,广告,  \n")).toEqual(["广告"]);
    expect(splitTerms("   ")).toEqual([]);
  });
});
