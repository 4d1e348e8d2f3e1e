import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "./support/server-env";
import { signedInReader, type SignedInReader } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const COMMENTS = `/api/v1/articles/${SLUG}/comments`;

type Comment = { id: string; anchor: string | null; parentId: string | null; rootId: string; depth: number; body: string | null; status: string; likeCount: number; editedAt: string | null; replyTo: { name: string } | null };
type ThreadPage = { threads: (Comment & { replies: Comment[] })[]; nextCursor: string | null };
type Reader = SignedInReader;


async function expectError(response: APIResponse, status: number, code: string): Promise<Record<string, string[]> | undefined> {
  expect(response.status(), await response.text()).toBe(status);
  const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, string[]> } };
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe("string");
  return body.error.fields;
}

async function post(reader: Reader, data: unknown, headers: Record<string, string> = {}): Promise<APIResponse> {
  return reader.api.post(COMMENTS, { data, headers });
}

async function postOk(reader: Reader, data: Record<string, unknown>): Promise<Comment> {
  const response = await post(reader, data);
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Comment;
}

async function threads(api: APIRequestContext, anchor: string, query = ""): Promise<ThreadPage> {
  const response = await api.get(`${COMMENTS}?anchor=${encodeURIComponent(anchor)}${query}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as ThreadPage;
}

// Raw bytes: a string `data` would be sent JSON-encoded (and so be valid JSON).
const MALFORMED_JSON = { data: Buffer.from('{"anchor": '), headers: { "Content-Type": "application/json" } };

let alice: Reader;
let bob: Reader;
let paragraphs: string[];
let disclaimer: string;

test.describe("the discussion API", () => {
  test.beforeAll(async ({ browser, request }) => {
    const article = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string }[] };
    paragraphs = article.blocks.filter((block) => block.kind === "paragraph").map((block) => block.anchor);
    disclaimer = article.blocks.find((block) => block.kind === "disclaimer")?.anchor ?? "";
    expect(paragraphs.length).toBeGreaterThan(10);
    expect(disclaimer).not.toBe("");
    alice = await signedInReader(browser, "alice");
    bob = await signedInReader(browser, "bob");
  });
  test.afterAll(async () => {
    await alice?.context.close();
    await bob?.context.close();
  });

  test("refuses every write from a signed-out client with 401", async ({ request }) => {
    const anchor = paragraphs[0] ?? "";
    await expectError(await request.post(COMMENTS, { data: { anchor, body: "hi" } }), 401, "unauthorized");
    // Not even a malformed body gets past the sign-in check.
    await expectError(await request.post(COMMENTS, MALFORMED_JSON), 401, "unauthorized");
    const existing = await postOk(alice, { anchor, body: "for the anonymous test" });
    await expectError(await request.patch(`/api/v1/comments/${existing.id}`, { data: { body: "x" } }), 401, "unauthorized");
    await expectError(await request.delete(`/api/v1/comments/${existing.id}`), 401, "unauthorized");
    await expectError(await request.put(`/api/v1/comments/${existing.id}/like`), 401, "unauthorized");
    await expectError(await request.delete(`/api/v1/comments/${existing.id}/like`), 401, "unauthorized");
    await expectError(await request.get("/api/v1/notifications"), 401, "unauthorized");
    await expectError(await request.get("/api/v1/notifications/unread-count"), 401, "unauthorized");
    await expectError(await request.post("/api/v1/notifications/read", { data: { all: true } }), 401, "unauthorized");
    // Reading is open to everyone.
    const page = await threads(request, anchor, "&sort=newest");
    expect(page.threads.some((thread) => thread.id === existing.id && thread.body === "for the anonymous test")).toBe(true);
  });

  test("stores and returns HTML and script verbatim, as inert JSON strings", async ({ request }) => {
    const anchor = paragraphs[1] ?? "";
    const body = `<script>alert(document.cookie)</script><img src=x onerror="alert(1)"> **粗体** [x](javascript:alert(1)) </textarea>`;
    const response = await post(alice, { anchor, body });
    expect(response.status()).toBe(201);
    expect(response.headers()["content-type"]).toMatch(/^application\/json/);
    expect(((await response.json()) as Comment).body).toBe(body);

    const listed = await request.get(`${COMMENTS}?anchor=${anchor}&sort=newest`);
    expect(listed.headers()["content-type"]).toMatch(/^application\/json/);
    const text = await listed.text();
    // JSON, not markup: the body sits inside a string and parses back unchanged.
    expect(text.startsWith("{")).toBe(true);
    const parsed = JSON.parse(text) as ThreadPage;
    expect(parsed.threads[0]?.body).toBe(body);
  });

  test("answers 400 to malformed JSON and 422 with field errors to bodies that do not fit", async () => {
    const anchor = paragraphs[2] ?? "";
    await expectError(await alice.api.post(COMMENTS, MALFORMED_JSON), 400, "bad_request");
    expect(await expectError(await post(alice, { anchor, body: "   " }), 422, "validation_failed")).toEqual({ body: ["empty"] });
    expect(await expectError(await post(alice, { anchor, body: "长".repeat(5001) }), 422, "validation_failed")).toEqual({ body: ["too_long"] });
    expect(await expectError(await post(alice, { anchor, body: "- ".repeat(2400) + "x" }), 422, "too_deeply_nested")).toEqual({ body: ["too_deeply_nested"] });
    expect(Object.keys((await expectError(await post(alice, { body: "no anchor" }), 422, "validation_failed")) ?? {})).toEqual(["anchor"]);
    expect(Object.keys((await expectError(await post(alice, { anchor, body: 42 }), 422, "validation_failed")) ?? {})).toEqual(["body"]);
    const badKey = await expectError(await post(alice, { anchor, body: "x", idempotencyKey: "not-a-uuid" }), 422, "validation_failed");
    expect(Object.keys(badKey ?? {})).toEqual(["idempotencyKey"]);
    await expectError(await post(alice, { anchor, body: "x" }, { "Idempotency-Key": "nope" }), 422, "validation_failed");
  });

  test("refuses anchors that are not commentable blocks of the article and parents from elsewhere (422)", async ({ request }) => {
    const [here, there] = [paragraphs[3] ?? "", paragraphs[4] ?? ""];
    expect(await expectError(await post(alice, { anchor: "b-00000000", body: "x" }), 422, "validation_failed")).toEqual({ anchor: ["unknown_anchor"] });
    expect(await expectError(await post(alice, { anchor: disclaimer, body: "x" }), 422, "validation_failed")).toEqual({ anchor: ["unknown_anchor"] });
    await expectError(await request.get(`${COMMENTS}?anchor=b-00000000`), 422, "validation_failed");

    const root = await postOk(alice, { anchor: here, body: "root" });
    expect(await expectError(await post(bob, { anchor: there, parentId: root.id, body: "re" }), 422, "validation_failed")).toEqual({
      parentId: ["other_discussion"],
    });
    expect(await expectError(await post(bob, { anchor: null, parentId: root.id, body: "re" }), 422, "validation_failed")).toEqual({
      parentId: ["other_discussion"],
    });
    expect(await expectError(await post(bob, { anchor: here, parentId: "cnosuchcomment0000000000", body: "re" }), 422, "validation_failed")).toEqual({
      parentId: ["unknown_parent"],
    });
    await expectError(await alice.api.post("/api/v1/articles/no-such-article/comments", { data: { anchor: null, body: "x" } }), 404, "not_found");
    await expectError(await request.get("/api/v1/articles/no-such-article/comments?anchor=article"), 404, "not_found");
  });

  test("a repeated submission with the same idempotency key creates one comment", async ({ request }) => {
    const anchor = paragraphs[5] ?? "";
    const key = randomUUID();
    // Unique text: the suite's database outlives a run, and repeated text would be refused.
    const input = { anchor, body: `double-clicked Post ${key}` };
    const [first, second] = await Promise.all([post(alice, input, { "Idempotency-Key": key }), post(alice, input, { "Idempotency-Key": key })]);
    const statuses = [first.status(), second.status()].sort();
    expect(statuses).toEqual([200, 201]);
    const [a, b] = [(await first.json()) as Comment, (await second.json()) as Comment];
    expect(a.id).toBe(b.id);
    const replayed = first.status() === 200 ? first : second;
    expect(replayed.headers()["idempotent-replayed"]).toBe("true");

    // The key in the body works the same way.
    const third = await post(alice, { ...input, idempotencyKey: key });
    expect(third.status()).toBe(200);
    expect(((await third.json()) as Comment).id).toBe(a.id);
    const page = await threads(request, anchor, "&sort=newest");
    expect(page.threads.filter((thread) => thread.body === input.body)).toHaveLength(1);
  });

  test("only the author edits or deletes (403); unknown ids are 404", async () => {
    const anchor = paragraphs[6] ?? "";
    const mine = await postOk(alice, { anchor, body: "alice's" });
    await expectError(await bob.api.patch(`/api/v1/comments/${mine.id}`, { data: { body: "bob was here" } }), 403, "forbidden");
    await expectError(await bob.api.delete(`/api/v1/comments/${mine.id}`), 403, "forbidden");
    for (const id of ["cnosuchcomment0000000000", "NOT-AN-ID"]) {
      await expectError(await alice.api.patch(`/api/v1/comments/${id}`, { data: { body: "x" } }), 404, "not_found");
      await expectError(await alice.api.delete(`/api/v1/comments/${id}`), 404, "not_found");
      await expectError(await alice.api.put(`/api/v1/comments/${id}/like`), 404, "not_found");
    }
    await expectError(
      await alice.api.patch(`/api/v1/comments/${mine.id}`, MALFORMED_JSON),
      400,
      "bad_request",
    );
    expect(await expectError(await alice.api.patch(`/api/v1/comments/${mine.id}`, { data: { body: "" } }), 422, "validation_failed")).toEqual({
      body: ["empty"],
    });

    const edited = await alice.api.patch(`/api/v1/comments/${mine.id}`, { data: { body: "alice's, edited" } });
    expect(edited.status()).toBe(200);
    expect((await edited.json()) as Comment).toMatchObject({ body: "alice's, edited", editedAt: expect.any(String) });
  });

  test("deleting keeps a bodiless placeholder only while replies hang below", async ({ request }) => {
    const anchor = paragraphs[7] ?? "";
    const root = await postOk(alice, { anchor, body: "to be deleted" });
    const reply = await postOk(bob, { anchor, parentId: root.id, body: "an answer" });
    const lonely = await postOk(alice, { anchor, body: "lonely" });

    expect((await alice.api.delete(`/api/v1/comments/${root.id}`)).status()).toBe(204);
    expect((await alice.api.delete(`/api/v1/comments/${root.id}`)).status()).toBe(204);
    expect((await alice.api.delete(`/api/v1/comments/${lonely.id}`)).status()).toBe(204);

    // (The e2e database may hold earlier runs' threads: look at this run's.)
    const page = await threads(request, anchor, "&sort=newest&limit=50");
    const ours = page.threads.filter((thread) => thread.id === root.id || thread.id === lonely.id);
    expect(ours.map((thread) => [thread.id, thread.status, thread.body])).toEqual([[root.id, "deleted", null]]);
    expect(ours[0]?.replies.map((r) => r.id)).toEqual([reply.id]);
    expect(JSON.stringify(page)).not.toContain("to be deleted");
    await expectError(await alice.api.patch(`/api/v1/comments/${root.id}`, { data: { body: "undo" } }), 409, "conflict");
  });

  test("nests replies to depth 2 and answers deeper ones beside, naming whom they answer", async () => {
    const anchor = paragraphs[8] ?? "";
    const root = await postOk(alice, { anchor, body: "0" });
    const first = await postOk(bob, { anchor, parentId: root.id, body: "1" });
    const second = await postOk(alice, { anchor, parentId: first.id, body: "2" });
    const third = await postOk(bob, { anchor, parentId: second.id, body: "3" });
    expect([first.depth, second.depth, third.depth]).toEqual([1, 2, 2]);
    expect(third).toMatchObject({ parentId: first.id, rootId: root.id, replyTo: { name: alice.name } });
  });

  test("likes once per user and toggles idempotently", async () => {
    const comment = await postOk(alice, { anchor: paragraphs[9] ?? "", body: "like me" });
    const like = (reader: Reader, method: "put" | "delete") => reader.api[method](`/api/v1/comments/${comment.id}/like`);
    expect(await (await like(bob, "put")).json()).toEqual({ likeCount: 1, likedByMe: true });
    expect(await (await like(bob, "put")).json()).toEqual({ likeCount: 1, likedByMe: true });
    expect(await (await like(alice, "put")).json()).toEqual({ likeCount: 2, likedByMe: true });
    expect(await (await like(bob, "delete")).json()).toEqual({ likeCount: 1, likedByMe: false });
    expect(await (await like(bob, "delete")).json()).toEqual({ likeCount: 1, likedByMe: false });
    const page = await threads(bob.api, paragraphs[9] ?? "", "&sort=newest");
    expect(page.threads.find((thread) => thread.id === comment.id)).toMatchObject({ likeCount: 1, likedByMe: false });
  });

  test("pages with a cursor and refuses a tampered one with 400", async ({ request }) => {
    const anchor = paragraphs[10] ?? "";
    const run = randomUUID().slice(0, 8);
    for (let i = 0; i < 5; i++) await postOk(bob, { anchor, body: `page item ${run} ${i}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: ThreadPage = await threads(request, anchor, `&sort=oldest&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.threads.length).toBeLessThanOrEqual(2);
      seen.push(...page.threads.map((thread) => thread.body ?? ""));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((body) => body.includes(run))).toEqual([0, 1, 2, 3, 4].map((i) => `page item ${run} ${i}`));

    const { nextCursor } = await threads(request, anchor, "&sort=oldest&limit=2");
    await expectError(await request.get(`${COMMENTS}?anchor=${anchor}&sort=oldest&cursor=${nextCursor}x`), 400, "bad_request");
    await expectError(await request.get(`${COMMENTS}?anchor=${anchor}&sort=hot&cursor=${nextCursor}`), 400, "bad_request");
    await expectError(await request.get(`${COMMENTS}?anchor=${anchor}&sort=loudest`), 422, "validation_failed");
    await expectError(await request.get(`${COMMENTS}?anchor=${anchor}&limit=500`), 422, "validation_failed");
  });

  test("counts comments per block and on the whole article", async ({ request }) => {
    const anchor = paragraphs[11] ?? "";
    type Counts = { blocks: Record<string, number>; article: number };
    const counts = async () => (await (await request.get(`/api/v1/articles/${SLUG}/comment-counts`)).json()) as Counts;
    const before = await counts();
    await postOk(bob, { anchor, body: "counted" });
    const root = await postOk(bob, { anchor: null, body: "on the whole article" });
    await postOk(alice, { anchor: null, parentId: root.id, body: "and a reply" });
    const after = await counts();
    expect(after.blocks[anchor]).toBe((before.blocks[anchor] ?? 0) + 1);
    expect(after.article).toBe(before.article + 2);
    expect(Object.keys(after.blocks)).toEqual(expect.arrayContaining(paragraphs));
    expect(Object.keys(after.blocks)).not.toContain(disclaimer);
    const whole = await threads(request, "article", "&sort=newest");
    expect(whole.threads[0]).toMatchObject({ id: root.id, anchor: null, body: "on the whole article", replyCount: 1 });
  });

  test("notifies replies and mentions, counts unread and marks read", async () => {
    const anchor = paragraphs[12] ?? "";
    const unread = async (reader: Reader) => ((await (await reader.api.get("/api/v1/notifications/unread-count")).json()) as { unread: number }).unread;
    await alice.api.post("/api/v1/notifications/read", { data: { all: true } });
    const root = await postOk(alice, { anchor, body: "what do you think?" });
    await postOk(alice, { anchor, parentId: root.id, body: "talking to myself" });
    expect(await unread(alice)).toBe(0);

    const reply = await postOk(bob, { anchor, parentId: root.id, body: `@${alice.name} I think so` });
    expect(await unread(alice)).toBe(1);
    const list = (await (await alice.api.get("/api/v1/notifications?limit=5")).json()) as {
      notifications: { id: string; kind: string; actor: { name: string }; comment: { id: string; excerpt: string; articleSlug: string } }[];
    };
    expect(list.notifications[0]).toMatchObject({ kind: "reply", actor: { name: bob.name }, comment: { id: reply.id, articleSlug: SLUG } });

    const marked = await alice.api.post("/api/v1/notifications/read", { data: { ids: [list.notifications[0]?.id] } });
    expect(await marked.json()).toEqual({ unread: 0 });
    await expectError(await alice.api.post("/api/v1/notifications/read", { data: {} }), 422, "validation_failed");
    await expectError(await alice.api.post("/api/v1/notifications/read", MALFORMED_JSON), 400, "bad_request");
  });

  test("a suspended reader can read but not write (403 account_suspended)", async ({ browser }) => {
    const carol = await signedInReader(browser, "carol");
    const anchor = paragraphs[13] ?? "";
    const comment = await postOk(carol, { anchor, body: "before the suspension" });
    const db = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await db.connect();
    try {
      await db.query(`UPDATE "User" SET "status" = 'SUSPENDED', "suspendedUntil" = now() + interval '1 day' WHERE "id" = $1`, [carol.id]);
    } finally {
      await db.end();
    }
    await expectError(await post(carol, { anchor, body: "after" }), 403, "account_suspended");
    await expectError(await carol.api.patch(`/api/v1/comments/${comment.id}`, { data: { body: "x" } }), 403, "account_suspended");
    await expectError(await carol.api.put(`/api/v1/comments/${comment.id}/like`), 403, "account_suspended");
    const page = await threads(carol.api, anchor, "&sort=newest");
    expect(page.threads[0]).toMatchObject({ id: comment.id, canEdit: false, canDelete: false });
    await carol.context.close();
  });

  test("is described in openapi.json", async ({ request }) => {
    const document = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/articles/{slug}/comments",
        "/api/v1/articles/{slug}/comment-counts",
        "/api/v1/comments/{id}",
        "/api/v1/comments/{id}/like",
        "/api/v1/notifications",
        "/api/v1/notifications/unread-count",
        "/api/v1/notifications/read",
      ]),
    );
  });
});
