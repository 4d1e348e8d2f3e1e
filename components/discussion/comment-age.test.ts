import { describe, expect, it } from "vitest";
import { calendarDaysBetween, commentAge } from "./comment-age";

const TZ = "Asia/Shanghai";
// 2026-11-29 15:00 in Shanghai.
const now = new Date("2026-11-29T07:00:00.000Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("commentAge", () => {
  it("reads 刚刚, minutes and hours", () => {
    expect(commentAge(ago(20_000), now, TZ)).toEqual({ kind: "justNow" });
    expect(commentAge(new Date(now.getTime() + 5_000), now, TZ)).toEqual({ kind: "justNow" });
    expect(commentAge(ago(5 * MIN + 10_000), now, TZ)).toEqual({ kind: "ago", unit: "minute", value: 5 });
    expect(commentAge(ago(3 * HOUR), now, TZ)).toEqual({ kind: "ago", unit: "hour", value: 3 });
  });

  it("says 昨天 by the readers' calendar, not after 24 hours", () => {
    // 2026-11-28 20:00 Shanghai: 19 hours ago, yesterday.
    expect(commentAge(new Date("2026-11-28T12:00:00.000Z"), now, TZ)).toEqual({ kind: "yesterday" });
    // Shortly after midnight, last night's comment is hours old, not yesterday's.
    const earlyMorning = new Date("2026-11-28T17:30:00.000Z"); // 01:30 on the 29th
    expect(commentAge(new Date("2026-11-28T15:00:00.000Z"), earlyMorning, TZ)).toEqual({ kind: "ago", unit: "hour", value: 2 });
  });

  it("counts calendar days within a week, then gives the date", () => {
    expect(commentAge(new Date("2026-11-27T02:00:00.000Z"), now, TZ)).toEqual({ kind: "ago", unit: "day", value: 2 });
    expect(commentAge(new Date("2026-11-01T00:00:00.000Z"), now, TZ)).toEqual({ kind: "date", sameYear: true });
    expect(commentAge(new Date("2025-12-30T00:00:00.000Z"), now, TZ)).toEqual({ kind: "date", sameYear: false });
  });

  it("counts days in the given time zone", () => {
    // 23:30 UTC on the 28th is already the 29th in Shanghai.
    expect(calendarDaysBetween(new Date("2026-11-28T23:30:00.000Z"), now, TZ)).toBe(0);
    expect(calendarDaysBetween(new Date("2026-11-28T23:30:00.000Z"), now, "UTC")).toBe(1);
  });
});
