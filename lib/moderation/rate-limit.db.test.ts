import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { consumeRateLimit, sweepExpiredRateLimits } from "@/lib/moderation/rate-limit";

// Two app instances: separate clients, separate connection pools, one database.
const instanceA = createDbClient(inject("databaseUrl"));
const instanceB = createDbClient(inject("databaseUrl"));

const key = () => `test:${randomUUID()}`;
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

describe("consumeRateLimit against PostgreSQL", { timeout: 30_000 }, () => {
  afterAll(async () => {
    await Promise.all([instanceA.$disconnect(), instanceB.$disconnect()]);
  });

  it("admits one per interval and tells how long to wait, however the checks are spread over instances", async () => {
    const k = key();
    const start = new Date();
    const rule = { count: 1, periodSeconds: 3 };
    expect(await consumeRateLimit(instanceA, k, rule, start)).toEqual({ allowed: true });
    expect(await consumeRateLimit(instanceB, k, rule, at(start, 1000))).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(await consumeRateLimit(instanceA, k, rule, at(start, 2500))).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(await consumeRateLimit(instanceB, k, rule, at(start, 3000))).toEqual({ allowed: true });
    expect(await consumeRateLimit(instanceA, k, rule, at(start, 3001))).toEqual({ allowed: false, retryAfterSeconds: 3 });
  });

  it("lets a burst of the whole count through, then refills one per emission interval", async () => {
    const k = key();
    const start = new Date();
    const rule = { count: 60, periodSeconds: 3600 };
    const results = [];
    for (let i = 0; i < 61; i++) results.push(await consumeRateLimit(i % 2 ? instanceA : instanceB, k, rule, at(start, i)));
    expect(results.filter((result) => result.allowed)).toHaveLength(60);
    expect(results[60]).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(await consumeRateLimit(instanceA, k, rule, at(start, 60_000))).toEqual({ allowed: true });
  });

  it("never over-admits concurrent checks from two instances", async () => {
    const k = key();
    const now = new Date();
    const rule = { count: 5, periodSeconds: 3600 };
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => consumeRateLimit(i % 2 ? instanceA : instanceB, k, rule, now)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    expect(results.filter((result) => !result.allowed)).toHaveLength(25);
  });

  it("counts an event inside a transaction only if it commits", async () => {
    const k = key();
    const now = new Date();
    const rule = { count: 1, periodSeconds: 60 };
    await expect(
      instanceA.$transaction(async (tx) => {
        expect(await consumeRateLimit(tx, k, rule, now)).toEqual({ allowed: true });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await consumeRateLimit(instanceB, k, rule, now)).toEqual({ allowed: true });
  });

  it("keys are independent", async () => {
    const now = new Date();
    const rule = { count: 1, periodSeconds: 60 };
    const [first, second] = [key(), key()];
    expect(await consumeRateLimit(instanceA, first, rule, now)).toEqual({ allowed: true });
    expect(await consumeRateLimit(instanceA, second, rule, now)).toEqual({ allowed: true });
    expect((await consumeRateLimit(instanceA, first, rule, now)).allowed).toBe(false);
  });

  it("uses the database's clock when no time is given", async () => {
    const k = key();
    const rule = { count: 1, periodSeconds: 60 };
    expect(await consumeRateLimit(instanceA, k, rule)).toEqual({ allowed: true });
    const refused = await consumeRateLimit(instanceB, k, rule);
    expect(refused.allowed).toBe(false);
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(55);
    const row = await instanceA.rateLimit.findUniqueOrThrow({ where: { key: k } });
    expect(Math.abs(row.tat.getTime() - (Date.now() + 60_000))).toBeLessThan(10_000);
  });

  it("sweeps rows whose time has passed and keeps the others", async () => {
    const [stale, live] = [key(), key()];
    const past = new Date(Date.now() - 60_000);
    await instanceA.rateLimit.createMany({
      data: [
        { key: stale, tat: past, expiresAt: past },
        { key: live, tat: new Date(Date.now() + 60_000), expiresAt: new Date(Date.now() + 60_000) },
      ],
    });
    expect(await sweepExpiredRateLimits(instanceA)).toBeGreaterThanOrEqual(1);
    expect(await instanceA.rateLimit.findUnique({ where: { key: stale } })).toBeNull();
    expect(await instanceA.rateLimit.findUnique({ where: { key: live } })).not.toBeNull();
  });
});
