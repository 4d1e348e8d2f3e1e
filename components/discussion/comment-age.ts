/** How old a comment is, in the terms readers expect: 刚刚, 5分钟前, 3小时前, 昨天, 3天前, then the date. */
export type CommentAge =
  | { kind: "justNow" }
  | { kind: "ago"; unit: "minute" | "hour" | "day"; value: number }
  | { kind: "yesterday" }
  | { kind: "date"; sameYear: boolean };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function calendarDay(date: Date, timeZone: string): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(date);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { y: part("year"), m: part("month"), d: part("day") };
}

/** Calendar days between two instants in `timeZone` (the readers' time zone, not the server's). */
export function calendarDaysBetween(earlier: Date, later: Date, timeZone: string): number {
  const a = calendarDay(earlier, timeZone);
  const b = calendarDay(later, timeZone);
  return Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / (24 * HOUR));
}

export function commentAge(date: Date, now: Date, timeZone: string): CommentAge {
  // A clock a little ahead of ours still reads as "just now".
  const elapsed = Math.max(0, now.getTime() - date.getTime());
  if (elapsed < MINUTE) return { kind: "justNow" };
  if (elapsed < HOUR) return { kind: "ago", unit: "minute", value: Math.floor(elapsed / MINUTE) };
  const days = calendarDaysBetween(date, now, timeZone);
  // Late last night is still "3小时前" in the small hours, not "昨天".
  if (days === 0 || elapsed < 6 * HOUR) return { kind: "ago", unit: "hour", value: Math.floor(elapsed / HOUR) };
  if (days === 1) return { kind: "yesterday" };
  if (days < 7) return { kind: "ago", unit: "day", value: days };
  return { kind: "date", sameYear: calendarDay(date, timeZone).y === calendarDay(now, timeZone).y };
}
