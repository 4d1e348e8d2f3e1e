import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { gcraParameters, retryAfterSeconds, type RateRule } from "@/lib/moderation/gcra";

export type { RateRule } from "@/lib/moderation/gcra";

export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Db = PrismaClient | Prisma.TransactionClient;

// Expired rows limit nothing; each process clears a batch of them now and then.
const SWEEP_EVERY_MS = 60_000;
const SWEEP_BATCH = 500;
let nextSweepAt = 0;

/**
 * Counts one event against `key` under `rule` (GCRA, see gcra.ts) in
 * PostgreSQL, so the limit holds across every app instance sharing the
 * database. The decision is one INSERT … ON CONFLICT DO UPDATE: PostgreSQL
 * locks the key's row for it, so concurrent checks of one key apply one after
 * the other and never admit more than the rule allows. A refused event changes
 * nothing. Inside a transaction the event counts only if the transaction
 * commits, and the key stays locked until then.
 *
 * Time is the database's clock, the same for every instance; `now` replaces
 * it in tests.
 */
export async function consumeRateLimit(db: Db, key: string, rule: RateRule, now?: Date): Promise<RateLimitResult> {
  const { emissionMs, toleranceMs } = gcraParameters(rule);
  const nowMs = now?.getTime() ?? null;
  await sweepOccasionally(db);
  // The proposed row's tat is now + emission, so EXCLUDED."tat" - emission is now.
  const admitted = await db.$queryRaw<unknown[]>`
    INSERT INTO "RateLimit" AS r ("key", "tat", "expiresAt")
    SELECT ${key}, t, t
    FROM (SELECT (COALESCE(to_timestamp(${nowMs}::float8 / 1000), statement_timestamp()) AT TIME ZONE 'UTC')
                 + ${emissionMs}::float8 * interval '1 millisecond' AS t) AS proposed
    ON CONFLICT ("key") DO UPDATE
      SET "tat" = GREATEST(r."tat", EXCLUDED."tat" - ${emissionMs}::float8 * interval '1 millisecond') + ${emissionMs}::float8 * interval '1 millisecond',
          "expiresAt" = GREATEST(r."tat", EXCLUDED."tat" - ${emissionMs}::float8 * interval '1 millisecond') + ${emissionMs}::float8 * interval '1 millisecond'
      WHERE r."tat" - ${toleranceMs}::float8 * interval '1 millisecond' <= EXCLUDED."tat" - ${emissionMs}::float8 * interval '1 millisecond'
    RETURNING 1`;
  if (admitted.length > 0) return { allowed: true };
  // Refused: the wait is read from the TAT that refused us (committed, as the row was locked for the check).
  const [state] = await db.$queryRaw<{ tatMs: number; nowMs: number }[]>`
    SELECT extract(epoch FROM "tat")::float8 * 1000 AS "tatMs",
           extract(epoch FROM COALESCE(to_timestamp(${nowMs}::float8 / 1000), statement_timestamp()))::float8 * 1000 AS "nowMs"
    FROM "RateLimit" WHERE "key" = ${key}`;
  const waitMs = state ? state.tatMs - toleranceMs - state.nowMs : emissionMs;
  return { allowed: false, retryAfterSeconds: retryAfterSeconds(waitMs) };
}

/** Deletes up to `batch` rows whose TAT has passed; rows another transaction holds are left for later. */
export async function sweepExpiredRateLimits(db: Db, batch = SWEEP_BATCH): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimit" WHERE "key" IN (
      SELECT "key" FROM "RateLimit" WHERE "expiresAt" < statement_timestamp() AT TIME ZONE 'UTC'
      ORDER BY "expiresAt" LIMIT ${batch} FOR UPDATE SKIP LOCKED)`;
}

async function sweepOccasionally(db: Db): Promise<void> {
  const clock = Date.now();
  if (clock < nextSweepAt) return;
  nextSweepAt = clock + SWEEP_EVERY_MS;
  await sweepExpiredRateLimits(db);
}
