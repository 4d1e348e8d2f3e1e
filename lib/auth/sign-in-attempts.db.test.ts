import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, inject, it } from "vitest";
import { limitSignInAttempts } from "@/lib/auth/sign-in-attempts";
import { createDbClient } from "@/lib/db/create-client";

const db = createDbClient(inject("databaseUrl"));

// Stands in for Auth.js: what matters here is whether the request reaches it.
let reached = 0;
const route = limitSignInAttempts(
  async () => {
    reached++;
    return new Response(null, { status: 302, headers: { Location: "https://issuer.example/authorize" } });
  },
  { db },
);

function request(path: string, method: string, address: string): Request {
  return new Request(`http://127.0.0.1/api/auth/${path}`, { method, headers: { "x-forwarded-for": address, accept: "application/json" } });
}

/** A documentation-range address of its own, so test runs never share a limit. */
const freshAddress = () => `2001:db8::${randomUUID().slice(0, 4)}:${randomUUID().slice(0, 4)}`;

describe("sign-in attempts per address", { timeout: 30_000 }, () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("lets signInAttemptsPer15Min sign-in starts through, then answers 429 with Retry-After", async () => {
    const { signInAttemptsPer15Min: limit } = await db.moderationSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    const address = freshAddress();
    reached = 0;
    for (let i = 0; i < limit; i++) expect((await route(request("signin/oidc", "POST", address))).status).toBe(302);
    const refused = await route(request("signin/oidc", "POST", address));
    expect(reached).toBe(limit);
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("Retry-After"));
    expect(wait).toBeGreaterThan(0);
    expect(await refused.json()).toEqual({
      error: { code: "rate_limited", message: expect.stringContaining("Too many sign-in attempts"), details: { retryAfterSeconds: wait } },
    });
    // Another address is not affected, nor are the callbacks of this one.
    expect((await route(request("signin/oidc", "POST", freshAddress()))).status).toBe(302);
    expect((await route(request("callback/oidc", "GET", address))).status).toBe(302);
  });

  it("limits provider callbacks on their own, whatever the method", async () => {
    const { signInAttemptsPer15Min: limit } = await db.moderationSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: {} });
    const address = freshAddress();
    for (let i = 0; i < limit; i++) await route(request("callback/oidc", i % 2 ? "GET" : "POST", address));
    expect((await route(request("callback/oidc", "GET", address))).status).toBe(429);
  });

  it("never counts the rest of Auth.js: sessions, CSRF tokens, sign-out, the sign-in page", async () => {
    const address = freshAddress();
    reached = 0;
    for (let i = 0; i < 30; i++) {
      await route(request("session", "GET", address));
      await route(request("csrf", "GET", address));
      await route(request("signout", "POST", address));
      await route(request("signin", "GET", address));
    }
    expect(reached).toBe(120);
    expect(await db.rateLimit.count({ where: { key: { contains: address } } })).toBe(0);
  });
});
