import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import pg from "pg";
import { E2E_LIMITS } from "./support/global-setup";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/server-env";

/**
 * The limits and filters through the running app: 429 with Retry-After for
 * posting too fast and for too many sign-in attempts from one address,
 * repeated text, blocked and suspect words. The test site runs with the limits
 * lifted (support/global-setup.ts); each test sets the ones it checks and puts
 * them back.
 */

const SLUG = "openai-board-reversal";
const COMMENTS = `/api/v1/articles/${SLUG}/comments`;
const SESSION_COOKIE = "authjs.session-token";

type ApiError = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: { retryAfterSeconds?: number; words?: string[] } } };

let db: pg.Client;
let anchor: string;

async function settings(values: Partial<typeof E2E_LIMITS>): Promise<void> {
  const entries = Object.entries(values);
  await db.query(`UPDATE "ModerationSettings" SET ${entries.map(([name], index) => `"${name}" = $${index + 1}`).join(", ")} WHERE "id" = 1`, entries.map(([, value]) => value));
}

/** A member with a real database session, as the cookie Auth.js sets. */
async function member(playwright: { request: { newContext: (options: object) => Promise<APIRequestContext> } }): Promise<APIRequestContext> {
  const id = `pt${randomBytes(12).toString("hex")}`;
  const token = randomUUID();
  await db.query(`INSERT INTO "User" ("id", "name", "updatedAt") VALUES ($1, $2, now())`, [id, `protection ${id.slice(-6)}`]);
  // Not "new": the link and pre-moderation rules are not what these tests check.
  for (let i = 0; i < 3; i++) {
    await db.query(`INSERT INTO "Comment" ("id", "articleId", "authorId", "anchor", "body", "updatedAt") SELECT $1, "id", $2, $3, $4, now() FROM "Article" WHERE "slug" = $5`, [
      `${id}c${i}`,
      id,
      anchor,
      `earlier ${randomUUID()}`,
      SLUG,
    ]);
  }
  await db.query(`INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, id]);
  return playwright.request.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` } });
}

test.describe("automatic protection", () => {
  test.beforeAll(async ({ request }) => {
    db = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await db.connect();
    const article = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string }[] };
    anchor = article.blocks.find((block) => block.kind === "paragraph")?.anchor ?? "";
  });
  test.afterEach(async () => {
    await settings(E2E_LIMITS);
  });
  test.afterAll(async () => {
    await db?.end();
  });

  test("posting faster than the site allows answers 429 with Retry-After and the wait", async ({ playwright }) => {
    await settings({ commentIntervalSeconds: 3, commentsPerHour: 60 });
    const reader = await member(playwright);
    expect((await reader.post(COMMENTS, { data: { anchor, body: `first ${randomUUID()}` } })).status()).toBe(201);
    const refused = await reader.post(COMMENTS, { data: { anchor, body: `second ${randomUUID()}` } });
    expect(refused.status()).toBe(429);
    const wait = Number(refused.headers()["retry-after"]);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(3);
    expect((await refused.json()) as ApiError).toEqual({
      error: { code: "rate_limited", message: expect.stringContaining("Try again in"), details: { retryAfterSeconds: wait } },
    });
    await reader.dispose();
  });

  test("refuses repeated text and blocked words, and holds suspect words for the author's eyes only", async ({ playwright, request }) => {
    const token = randomBytes(5).toString("hex");
    const [blocked, suspect] = [`blockedword${token}`, `suspectword${token}`];
    await db.query(`INSERT INTO "WordEntry" ("id", "term", "normalized", "kind") VALUES ($1, $2, $2, 'BLOCKED'), ($3, $4, $4, 'SUSPECT')`, [
      `pw${token}b`,
      blocked,
      `pw${token}s`,
      suspect,
    ]);
    const reader = await member(playwright);
    try {
      const text = `说一次就够了 ${randomUUID()}`;
      expect((await reader.post(COMMENTS, { data: { anchor, body: text } })).status()).toBe(201);
      const repeated = await reader.post(COMMENTS, { data: { anchor: null, body: ` ${text.toUpperCase()} ` } });
      expect(repeated.status()).toBe(409);
      expect(((await repeated.json()) as ApiError).error.code).toBe("duplicate_comment");

      const rude = await reader.post(COMMENTS, { data: { anchor, body: `这是${blocked.toUpperCase()}吧` } });
      expect(rude.status()).toBe(422);
      expect(((await rude.json()) as ApiError).error).toMatchObject({ code: "blocked_word", details: { words: [blocked] }, message: expect.stringContaining(blocked) });

      const held = await reader.post(COMMENTS, { data: { anchor, body: `可疑的 ${suspect}` } });
      expect(held.status()).toBe(201);
      const { id } = (await held.json()) as { id: string; status: string };
      const visibleTo = async (api: APIRequestContext) => {
        const page = (await (await api.get(`${COMMENTS}?anchor=${encodeURIComponent(anchor)}&sort=newest`)).json()) as { threads: { id: string; status: string }[] };
        return page.threads.find((thread) => thread.id === id)?.status ?? null;
      };
      expect(await visibleTo(reader)).toBe("pending");
      expect(await visibleTo(request)).toBeNull();
    } finally {
      await db.query(`DELETE FROM "WordEntry" WHERE "id" IN ($1, $2)`, [`pw${token}b`, `pw${token}s`]);
      await reader.dispose();
    }
  });

  test("limits sign-in attempts per address: the form says how long to wait, a callback gets a 429 page", async ({ page, request }) => {
    await db.query(`DELETE FROM "RateLimit" WHERE "key" LIKE 'sign-in:%'`);
    await settings({ signInAttemptsPer15Min: 2 });
    try {
      const form = page.locator("main");
      for (let attempt = 0; attempt < 2; attempt++) {
        await page.goto("/sign-in");
        await form.locator('button[name="provider"][value="oidc"]').click();
        await page.waitForURL((url) => url.origin !== E2E_BASE_URL);
      }
      await page.goto("/sign-in");
      await form.locator('button[name="provider"][value="oidc"]').click();
      await expect(form.getByRole("status")).toHaveText(/登录尝试太频繁了,请 \d+ 分钟后再试。/);
      expect(new URL(page.url()).origin).toBe(E2E_BASE_URL);

      for (let attempt = 0; attempt < 2; attempt++) await request.get("/api/auth/callback/oidc", { maxRedirects: 0 });
      const refused = await request.get("/api/auth/callback/oidc", { maxRedirects: 0, headers: { accept: "text/html" } });
      expect(refused.status()).toBe(429);
      expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
      expect(await refused.text()).toContain("登录尝试太频繁了");
    } finally {
      await db.query(`DELETE FROM "RateLimit" WHERE "key" LIKE 'sign-in:%'`);
    }
  });
});
