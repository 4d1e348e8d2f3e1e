const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** The calendar day in China (UTC+8, no daylight saving) as a UTC midnight Date, for a DATE column. */
export function chinaCalendarDay(now: Date): Date {
  const shifted = new Date(now.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

const VISITOR_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isVisitorId(value: string | undefined): value is string {
  return value !== undefined && VISITOR_ID.test(value);
}
