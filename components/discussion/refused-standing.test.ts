import { describe, expect, it } from "vitest";
import { standingFromRefusal } from "@/components/discussion/refused-standing";

describe("standingFromRefusal", () => {
  it("reads a suspension's end and reason from the details", () => {
    expect(standingFromRefusal({ code: "account_suspended", details: { suspendedUntil: "2031-06-01T04:00:00.000Z", reason: "广告" } })).toEqual({
      status: "suspended",
      until: "2031-06-01T04:00:00.000Z",
      reason: "广告",
    });
  });

  it("treats a suspension without a readable end as lasting until lifted", () => {
    expect(standingFromRefusal({ code: "account_suspended" })).toEqual({ status: "suspended", until: null, reason: null });
    expect(standingFromRefusal({ code: "account_suspended", details: { suspendedUntil: "soon" } })).toEqual({ status: "suspended", until: null, reason: null });
  });

  it("reads a ban and its reason", () => {
    expect(standingFromRefusal({ code: "account_banned", details: { reason: "骚扰" } })).toEqual({ status: "banned", reason: "骚扰" });
  });

  it("ignores every other refusal", () => {
    expect(standingFromRefusal({ code: "forbidden" })).toBeNull();
    expect(standingFromRefusal({ code: "rate_limited", details: { retryAfterSeconds: 3 } })).toBeNull();
  });
});
