/**
 * The instant a calendar day ("2026-11-29") begins in `timeZone`, or null
 * when the text is not a real date. The audit log's date filters are days as
 * the site shows them (Asia/Shanghai), not as the server's clock counts them.
 */
export function zonedDayStart(day: string, timeZone: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const midnightUtc = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(midnightUtc.getTime()) || midnightUtc.toISOString().slice(0, 10) !== day) return null;
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(midnightUtc);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((item) => item.type === type)?.value ?? 0);
  const wallClock = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return new Date(midnightUtc.getTime() - (wallClock - midnightUtc.getTime()));
}

/** The day after `day` (for an inclusive "to" date that the query treats as exclusive). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
