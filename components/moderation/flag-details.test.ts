import { describe, expect, it } from "vitest";
import { flagDetails } from "@/components/moderation/flag-details";

describe("flagDetails", () => {
  it("reads the reports flag's count", () => {
    expect(flagDetails({ kind: "reports", count: 3, reasons: ["SPAM"], at: "2026-11-29T00:00:00.000Z" })).toEqual({ kind: "reports", count: 3, terms: [], rule: null });
  });

  it("collects matched words however they are stored, once each", () => {
    expect(flagDetails({ kind: "word_filter", hits: [{ term: "代开发票", list: "suspect" }, { entry: "加微信" }], terms: ["代开发票"] }).terms).toEqual(["代开发票", "加微信"]);
  });

  it("keeps the pre-moderation rule and ignores what it does not know", () => {
    expect(flagDetails({ kind: "pre_moderation", rule: "new_user", extra: { nested: true } })).toEqual({ kind: "pre_moderation", count: null, terms: [], rule: "new_user" });
    expect(flagDetails({ kind: "something_new", count: "x" })).toEqual({ kind: "something_new", count: null, terms: [], rule: null });
  });
});
