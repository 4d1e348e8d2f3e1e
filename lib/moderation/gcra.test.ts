import { describe, expect, it } from "vitest";
import { gcraDecide, gcraParameters, retryAfterSeconds, type GcraDecision } from "@/lib/moderation/gcra";

/** Events at the given times (ms) against one key; the decisions in order. */
function run(times: readonly number[], rule: { count: number; periodSeconds: number }): GcraDecision[] {
  const parameters = gcraParameters(rule);
  let tat: number | null = null;
  return times.map((now) => {
    const decision = gcraDecide(tat, now, parameters);
    if (decision.allowed) tat = decision.tat;
    return decision;
  });
}

const allowed = (decisions: GcraDecision[]) => decisions.map((decision) => decision.allowed);

describe("gcraParameters", () => {
  it("spreads the period over the count and lets a whole count through at once", () => {
    expect(gcraParameters({ count: 1, periodSeconds: 3 })).toEqual({ emissionMs: 3000, toleranceMs: 0 });
    expect(gcraParameters({ count: 60, periodSeconds: 3600 })).toEqual({ emissionMs: 60_000, toleranceMs: 59 * 60_000 });
  });

  it("refuses rules that limit nothing or everything", () => {
    expect(() => gcraParameters({ count: 0, periodSeconds: 3 })).toThrow(RangeError);
    expect(() => gcraParameters({ count: 1.5, periodSeconds: 3 })).toThrow(RangeError);
    expect(() => gcraParameters({ count: 1, periodSeconds: 0 })).toThrow(RangeError);
  });
});

describe("gcraDecide", () => {
  it("admits one event per interval and says how long to wait in between", () => {
    const decisions = run([0, 1000, 2999, 3000, 5000, 6000], { count: 1, periodSeconds: 3 });
    expect(decisions).toEqual([
      { allowed: true, tat: 3000 },
      { allowed: false, retryAfterMs: 2000 },
      { allowed: false, retryAfterMs: 1 },
      { allowed: true, tat: 6000 },
      { allowed: false, retryAfterMs: 1000 },
      { allowed: true, tat: 9000 },
    ]);
  });

  it("admits a burst of the whole count, then one event per emission interval", () => {
    const rule = { count: 60, periodSeconds: 3600 };
    const burst = run(Array.from({ length: 61 }, () => 0), rule);
    expect(allowed(burst).filter(Boolean)).toHaveLength(60);
    expect(burst[60]).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it("holds the long-run rate: a bucket of count, refilled one event per emission interval", () => {
    const rule = { count: 5, periodSeconds: 10 };
    // An attempt every 100 ms for a minute.
    const times = Array.from({ length: 600 }, (_, i) => i * 100);
    const decisions = run(times, rule);
    const admittedAt = times.filter((_, i) => decisions[i]!.allowed);
    const refills = Array.from({ length: 29 }, (_, i) => 2000 * (i + 1));
    expect(admittedAt).toEqual([0, 100, 200, 300, 400, ...refills]);
  });

  it("forgets a TAT that lies in the past: an idle key starts afresh", () => {
    const parameters = gcraParameters({ count: 2, periodSeconds: 10 });
    expect(gcraDecide(1_000, 1_000_000, parameters)).toEqual({ allowed: true, tat: 1_005_000 });
    expect(gcraDecide(null, 7, parameters)).toEqual({ allowed: true, tat: 5_007 });
  });
});

describe("retryAfterSeconds", () => {
  it("rounds up and never tells a refused client to retry after 0 s", () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(2000)).toBe(2);
    expect(retryAfterSeconds(2001)).toBe(3);
  });
});
