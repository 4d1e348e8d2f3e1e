import { describe, expect, it } from "vitest";
import { suspensionEnd } from "@/components/moderation/suspension-period";

const now = new Date("2026-11-29T12:00:00.000Z");

describe("suspensionEnd", () => {
  it("adds whole days for the preset periods", () => {
    expect(suspensionEnd("1d", null, now)).toEqual({ ok: true, until: new Date("2026-11-30T12:00:00.000Z") });
    expect(suspensionEnd("7d", null, now)).toEqual({ ok: true, until: new Date("2026-12-06T12:00:00.000Z") });
    expect(suspensionEnd("30d", "ignored", now)).toEqual({ ok: true, until: new Date("2026-12-29T12:00:00.000Z") });
  });

  it("takes a custom end in the future", () => {
    expect(suspensionEnd("custom", "2027-01-02T03:04:00.000Z", now)).toEqual({ ok: true, until: new Date("2027-01-02T03:04:00.000Z") });
  });

  it("refuses a missing, unreadable or past custom end", () => {
    expect(suspensionEnd("custom", null, now)).toEqual({ ok: false, problem: "missing" });
    expect(suspensionEnd("custom", "", now)).toEqual({ ok: false, problem: "missing" });
    expect(suspensionEnd("custom", "next tuesday", now)).toEqual({ ok: false, problem: "invalid" });
    expect(suspensionEnd("custom", "2026-11-29T11:59:00.000Z", now)).toEqual({ ok: false, problem: "past" });
  });
});
