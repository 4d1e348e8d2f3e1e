/** The periods the suspend form offers; "custom" takes a date and time. */
export const SUSPENSION_PERIODS = ["1d", "7d", "30d", "custom"] as const;
export type SuspensionPeriod = (typeof SUSPENSION_PERIODS)[number];

const DAY_MS = 86_400_000;
const DAYS: Record<Exclude<SuspensionPeriod, "custom">, number> = { "1d": 1, "7d": 7, "30d": 30 };

export type SuspensionEnd = { ok: true; until: Date } | { ok: false; problem: "missing" | "invalid" | "past" };

/**
 * When a suspension chosen as `period` ends. A custom end is the value of a
 * datetime-local field, read in the moderator's browser time zone (so it is
 * converted there, not on the server), and must lie in the future.
 */
export function suspensionEnd(period: SuspensionPeriod, custom: string | null, now: Date): SuspensionEnd {
  if (period !== "custom") return { ok: true, until: new Date(now.getTime() + DAYS[period] * DAY_MS) };
  if (!custom) return { ok: false, problem: "missing" };
  const until = new Date(custom);
  if (Number.isNaN(until.getTime())) return { ok: false, problem: "invalid" };
  if (until <= now) return { ok: false, problem: "past" };
  return { ok: true, until };
}
