import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { E2E_ADMIN_USER, E2E_DATABASE_URL } from "./support/server-env";
import { signedInReader, type SignedInReader } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const COMMENTS = `/api/v1/articles/${SLUG}/comments`;
type Reader = SignedInReader;
type ErrorBody = { error: { code: string; message: string; fields?: Record<string, string[]>; details?: Record<string, unknown> } };


/** Staff are appointed in the database: the first admin is the CLI's or ADMIN_EMAILS' job. */
async function setRole(userId: string, role: "MODERATOR" | "ADMIN"): Promise<void> {
  const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query(`UPDATE "User" SET "role" = $2 WHERE "id" = $1`, [userId, role]);
  } finally {
    await db.end();
  }
}

async function ok<T>(response: APIResponse, status = 200): Promise<T> {
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

async function refused(response: APIResponse, status: number, code: string): Promise<ErrorBody["error"]> {
  const body = await ok<ErrorBody>(response, status);
  expect(body.error.code).toBe(code);
  return body.error;
}

test.describe("the moderation API", () => {
  test("reports hide a comment, a moderator restores it and suspends its author, and the admin's audit log shows it all", async ({ browser, request }) => {
    test.setTimeout(180_000);
    const readers: Reader[] = [];
    for (const prefix of ["author", "steward", "chief", "reporter", "reporter", "reporter"]) readers.push(await signedInReader(browser, prefix));
    const [author, moderator, admin, ...reporters] = readers;
    await setRole(moderator!.id, "MODERATOR");
    await setRole(admin!.id, "ADMIN");

    const { blocks } = await ok<{ blocks: { anchor: string; kind: string }[] }>(await request.get(`/api/v1/articles/${SLUG}`));
    const anchor = blocks.filter((block) => block.kind === "paragraph")[4]!.anchor;
    const comment = await ok<{ id: string }>(await author!.api.post(COMMENTS, { data: { anchor, body: `会被举报 ${randomUUID()}` } }), 201);

    // Three readers report it; the third report hides it from everyone but its author.
    const reasons = ["SPAM", "ABUSE", "OTHER"] as const;
    for (const [index, reporter] of reporters.entries()) {
      const result = await ok<{ reportCount: number; hidden: boolean }>(
        await reporter.api.post(`/api/v1/comments/${comment.id}/reports`, { data: { reason: reasons[index], details: "广告" } }),
        201,
      );
      expect(result).toEqual({ reportCount: index + 1, hidden: index === 2 });
    }
    await refused(await reporters[0]!.api.post(`/api/v1/comments/${comment.id}/reports`, { data: { reason: "SPAM" } }), 409, "already_reported");
    const visible = async (api: APIRequestContext) =>
      (await ok<{ threads: { id: string }[] }>(await api.get(`${COMMENTS}?anchor=${anchor}&sort=newest&limit=50`))).threads.some((thread) => thread.id === comment.id);
    expect(await visible(request)).toBe(false);

    // The queue shows it with its reports; members cannot see the queue, signed-out callers are told to sign in.
    await refused(await request.get("/api/v1/moderation/queue?tab=hidden"), 401, "unauthorized");
    await refused(await author!.api.get("/api/v1/moderation/queue?tab=hidden"), 403, "forbidden");
    const queue = await ok<{ items: { comment: { id: string; status: string }; reports: unknown[] }[] }>(
      await moderator!.api.get("/api/v1/moderation/queue?tab=hidden&limit=100"),
    );
    expect(queue.items.find((item) => item.comment.id === comment.id)).toMatchObject({ comment: { status: "hidden" }, reports: [{}, {}, {}] });

    const actions = await ok<{ results: unknown[] }>(
      await moderator!.api.post("/api/v1/moderation/comments/actions", { data: { commentIds: [comment.id], action: "restore" } }),
    );
    expect(actions.results).toEqual([{ id: comment.id, outcome: "done", status: "published" }]);
    expect(await visible(request)).toBe(true);

    // Suspended for a week with a reason: the author reads but cannot post, and is told until when and why.
    const until = new Date(Date.now() + 7 * 24 * 3600 * 1000).toISOString();
    await refused(await moderator!.api.post(`/api/v1/moderation/users/${admin!.id}/standing`, { data: { action: "ban", reason: "x" } }), 403, "forbidden");
    await ok(await moderator!.api.post(`/api/v1/moderation/users/${author!.id}/standing`, { data: { action: "suspend", until, reason: "多次发布广告" } }));
    const error = await refused(await author!.api.post(COMMENTS, { data: { anchor, body: "还想发" } }), 403, "account_suspended");
    expect(error.message).toContain(until);
    expect(error.message).toContain("多次发布广告");
    // The same in the details, for clients that show their own notice.
    expect(error.details).toEqual({ suspendedUntil: until, reason: "多次发布广告" });
    expect(await ok(await author!.api.get("/api/v1/me"))).toMatchObject({ status: "suspended", suspendedUntil: until, suspensionReason: "多次发布广告" });
    expect(await visible(author!.api)).toBe(true);

    // The audit log is the admin's: the system's hide, the restore and the suspension, newest first.
    await refused(await moderator!.api.get("/api/v1/moderation/audit-log"), 403, "forbidden");
    const onComment = await ok<{ entries: { action: string; actorLabel: string }[] }>(
      await admin!.api.get(`/api/v1/moderation/audit-log?targetType=comment&targetId=${comment.id}`),
    );
    expect(onComment.entries.map((entry) => [entry.action, entry.actorLabel])).toEqual([
      ["comment.restore", moderator!.name],
      ["comment.hide", "system"],
    ]);
    const onUser = await ok<{ entries: { action: string; reason: string }[] }>(await admin!.api.get(`/api/v1/moderation/audit-log?targetType=user&targetId=${author!.id}`));
    expect(onUser.entries).toMatchObject([{ action: "user.suspend", reason: "多次发布广告" }]);
    const profile = await ok(await moderator!.api.get(`/api/v1/moderation/users/${author!.id}`));
    expect(profile).toMatchObject({ user: { status: "suspended", suspensionReason: "多次发布广告" }, reportsAgainst: 3 });
  });

  test("settings and word lists are the admin's, validated, and documented", async ({ browser, request }) => {
    test.setTimeout(120_000);
    const moderator = await signedInReader(browser, "steward");
    const admin = await signedInReader(browser, "chief");
    await setRole(moderator.id, "MODERATOR");
    await setRole(admin.id, "ADMIN");

    await refused(await moderator.api.get("/api/v1/moderation/settings"), 403, "forbidden");
    const settings = await ok<{ reportHideThreshold: number }>(await admin.api.get("/api/v1/moderation/settings"));
    const invalid = await refused(await admin.api.patch("/api/v1/moderation/settings", { data: { reportHideThreshold: 0 } }), 422, "validation_failed");
    expect(invalid.fields).toHaveProperty("reportHideThreshold");
    expect(await ok(await admin.api.patch("/api/v1/moderation/settings", { data: { reportHideThreshold: settings.reportHideThreshold } }))).toEqual(settings);

    const term = `测试词${Date.now().toString(36)}`;
    const added = await ok<{ added: { id: string; normalized: string }[]; rejected: unknown[] }>(
      await admin.api.post("/api/v1/moderation/words", { data: { kind: "SUSPECT", terms: [term, " "] } }),
      201,
    );
    expect(added.rejected).toEqual([{ term: " ", error: "empty" }]);
    const [entry] = added.added;
    expect((await admin.api.delete(`/api/v1/moderation/words/${entry!.id}`)).status()).toBe(204);
    await refused(await admin.api.delete(`/api/v1/moderation/words/${entry!.id}`), 404, "not_found");
    await refused(await request.delete(`/api/v1/moderation/words/${entry!.id}`), 401, "unauthorized");

    const { paths } = await ok<{ paths: Record<string, unknown> }>(await request.get("/api/v1/openapi.json"));
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(["/api/v1/moderation/queue", "/api/v1/moderation/audit-log", "/api/v1/comments/{id}/reports"]));
  });

  test("ADMIN_EMAILS makes an admin at sign-in, as the system", async ({ browser }) => {
    const admin = await signedInReader(browser, "", E2E_ADMIN_USER);
    expect(await ok(await admin.api.get("/api/v1/me"))).toMatchObject({ role: "admin" });
    await ok(await admin.api.get("/api/v1/moderation/settings"));
    const log = await ok<{ entries: { actorLabel: string; reason: string; after: unknown }[] }>(
      await admin.api.get(`/api/v1/moderation/audit-log?action=user.role&targetId=${admin.id}`),
    );
    expect(log.entries.at(-1)).toMatchObject({ actorLabel: "system", reason: "ADMIN_EMAILS", after: { role: "ADMIN" } });
  });
});
