import { describe, expect, it } from "vitest";
import { nextDay, zonedDayStart } from "@/components/moderation/zoned-day";

describe("zonedDayStart", () => {
  it("finds midnight in the given time zone", () => {
    expect(zonedDayStart("2026-11-29", "Asia/Shanghai")?.toISOString()).toBe("2026-11-28T16:00:00.000Z");
    expect(zonedDayStart("2026-11-29", "UTC")?.toISOString()).toBe("2026-11-29T00:00:00.000Z");
    // Summer time in New York: UTC-4.
    expect(zonedDayStart("2026-07-01", "America/New_York")?.toISOString()).toBe("2026-07-01T04:00:00.000Z");
  });

  it("refuses text that is not a real date", () => {
    expect(zonedDayStart("2026-02-30", "Asia/Shanghai")).toBeNull();
    expect(zonedDayStart("yesterday", "Asia/Shanghai")).toBeNull();
    expect(zonedDayStart("", "Asia/Shanghai")).toBeNull();
  });
});

describe("nextDay", () => {
  it("crosses month and year ends", () => {
    expect(nextDay("2026-11-30")).toBe("2026-12-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
  });
});
