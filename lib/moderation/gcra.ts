/**
 * The generic cell rate algorithm (GCRA): a rate limit kept as one timestamp
 * per key, the "theoretical arrival time" (TAT) at which the key would be
 * back to a full allowance. It behaves as a bucket of `count` events refilled
 * at `count` per `periodSeconds`: a burst of `count`, then one event per
 * period/count, with no fixed windows to game at their edges.
 *
 * This is the arithmetic alone; lib/moderation/rate-limit.ts runs the same
 * rule as one SQL statement so that it holds across app instances.
 */

/** `count` events per `periodSeconds`, e.g. 60 per 3,600 s, or 1 per 3 s. */
export type RateRule = { count: number; periodSeconds: number };

/** The rule in GCRA terms, in milliseconds. */
export type GcraParameters = {
  /** Time one event "costs": the period divided by the count. */
  emissionMs: number;
  /** How far ahead of now the TAT may already be and still admit an event: a burst of `count` fits. */
  toleranceMs: number;
};

export function gcraParameters(rule: RateRule): GcraParameters {
  if (!Number.isInteger(rule.count) || rule.count < 1) throw new RangeError(`a rate rule needs a positive whole count, not ${rule.count}`);
  if (!(rule.periodSeconds > 0)) throw new RangeError(`a rate rule needs a positive period, not ${rule.periodSeconds}`);
  const emissionMs = (rule.periodSeconds * 1000) / rule.count;
  return { emissionMs, toleranceMs: emissionMs * (rule.count - 1) };
}

export type GcraDecision =
  /** `tat` is the key's new TAT; the key limits nothing once it has passed. */
  | { allowed: true; tat: number }
  | { allowed: false; retryAfterMs: number };

/**
 * Whether an event at `now` fits, given the key's stored TAT (null when the
 * key has none). Times are epoch milliseconds.
 */
export function gcraDecide(storedTat: number | null, now: number, parameters: GcraParameters): GcraDecision {
  const tat = Math.max(storedTat ?? now, now);
  const allowAt = tat - parameters.toleranceMs;
  if (allowAt <= now) return { allowed: true, tat: tat + parameters.emissionMs };
  return { allowed: false, retryAfterMs: allowAt - now };
}

/** Whole seconds for a Retry-After header and the message: rounded up, and never 0 for a refusal. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}
