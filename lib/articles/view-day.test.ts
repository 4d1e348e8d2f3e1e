import { describe, expect, it } from "vitest";
import { chinaCalendarDay, isVisitorId } from "./view-day";

describe("chinaCalendarDay", () => {
  it("rolls over at midnight in China, not UTC", () => {
    expect(chinaCalendarDay(new Date("2023-11-20T15:59:59Z")).toISOString()).toBe("2023-11-20T00:00:00.000Z");
    expect(chinaCalendarDay(new Date("2023-11-20T16:00:00Z")).toISOString()).toBe("2023-11-21T00:00:00.000Z");
  });
});

describe("isVisitorId", () => {
  it("accepts random UUIDs only", () => {
    expect(isVisitorId(crypto.randomUUID())).toBe(true);
    expect(isVisitorId(undefined)).toBe(false);
    expect(isVisitorId("'; DROP TABLE--")).toBe(false);
    expect(isVisitorId("00000000-0000-0000-0000-000000000000")).toBe(false);
  });
});
