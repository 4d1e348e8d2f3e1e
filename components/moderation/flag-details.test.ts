import { describe, expect, it } from "vitest";
import { flagDetails } from "@/components/moderation/flag-details";

describe("flagDetails", () => {
  it("reads the reports flag's count", () => {
    expect(flagDetails({ kind: "reports", count: 3, reasons: ["SPAM"], at: "2026-11-29T00:00:00.000Z" })).toEqual({ kind: "reports", count: 3, terms: [], rule: null });
  });

  it("reads the suspect words that matched", () => {
    expect(flagDetails({ kind: "suspect_word", terms: ["代开发票", "加微信"] }).terms).toEqual(["代开发票", "加微信"]);
  });

  it("keeps the pre-moderation rule and ignores fields of the wrong type", () => {
    expect(flagDetails({ kind: "pre_moderation", rule: "NEW_USERS" })).toEqual({ kind: "pre_moderation", count: null, terms: [], rule: "NEW_USERS" });
    expect(flagDetails({ kind: "something_new", count: "x", terms: [1, "词"], rule: 2 })).toEqual({ kind: "something_new", count: null, terms: ["词"], rule: null });
  });
});
