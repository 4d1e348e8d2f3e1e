import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_BASE_URL } from "./support/server-env";
import { signIn, uniqueUser } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const EVENTS = `/api/v1/articles/${SLUG}/events`;
const EVENT_TYPES = ["ready", "resync", "comment.created", "comment.updated", "comment.deleted", "comment.liked"];

type Received = { type: string; id: string; data: Record<string, unknown>; at: number };
type StreamRead = { status: number; headers: Record<string, string>; messages: Omit<Received, "at">[] };
type Created = { id: string; anchor: string | null };

/** A browser context of its own, signed in through the local OpenID Connect issuer. */
async function signedInWriter(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: E2E_BASE_URL, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, { user: uniqueUser("live-writer") });
  return page;
}

async function postComment(writer: Page, body: string): Promise<{ comment: Created; respondedAt: number }> {
  const response = await writer.request.post(`/api/v1/articles/${SLUG}/comments`, { data: { anchor: null, body } });
  expect(response.status(), await response.text()).toBe(201);
  return { comment: (await response.json()) as Created, respondedAt: Date.now() };
}

/** Opens an EventSource in the page (as the discussion UI does) and records every message. */
async function listen(page: Page, url: string): Promise<void> {
  await page.evaluate(
    ({ url, types }) => {
      const target = window as unknown as { received: unknown[]; source?: EventSource };
      target.received = [];
      target.source = new EventSource(url);
      for (const type of types) {
        target.source.addEventListener(type, (event) => {
          const message = event as MessageEvent<string>;
          target.received.push({ type, id: message.lastEventId, data: JSON.parse(message.data) as unknown, at: Date.now() });
        });
      }
    },
    { url, types: EVENT_TYPES },
  );
}

async function received(page: Page): Promise<Received[]> {
  return page.evaluate(() => (window as unknown as { received: Received[] }).received);
}

async function stopListening(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { source?: EventSource }).source?.close());
}

/**
 * Reads the stream with fetch (so a Last-Event-ID header can be set, as the
 * browser's own reconnects do) until `count` messages arrived or `timeoutMs`.
 */
async function readStream(page: Page, options: { lastEventId?: string; count: number; timeoutMs?: number }): Promise<StreamRead> {
  return page.evaluate(
    async ({ url, lastEventId, count, timeoutMs }) => {
      const controller = new AbortController();
      const response = await fetch(url, { headers: lastEventId ? { "Last-Event-ID": lastEventId } : {}, signal: controller.signal });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      const messages: { type: string; id: string; data: Record<string, unknown> }[] = [];
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      const deadline = Date.now() + timeoutMs;
      let buffer = "";
      let lastId = "";
      while (Date.now() < deadline && messages.length < count) {
        const chunk = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), deadline - Date.now()))]);
        if (!chunk || chunk.done) break;
        buffer += decoder.decode(chunk.value, { stream: true });
        for (let end = buffer.indexOf("\n\n"); end !== -1; end = buffer.indexOf("\n\n")) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let type = "message";
          const data: string[] = [];
          for (const line of block.split("\n")) {
            const [field, ...rest] = line.split(":");
            const value = rest.join(":").replace(/^ /, "");
            if (field === "id") lastId = value;
            else if (field === "event") type = value;
            else if (field === "data") data.push(value);
          }
          if (data.length > 0) messages.push({ type, id: lastId, data: JSON.parse(data.join("\n")) as Record<string, unknown> });
        }
      }
      controller.abort();
      return { status: response.status, headers, messages };
    },
    { url: EVENTS, lastEventId: options.lastEventId, count: options.count, timeoutMs: options.timeoutMs ?? 5_000 },
  );
}

const isAfter = (id: string, than: string) => BigInt(id) > BigInt(than);

test.describe("live comment events (Server-Sent Events)", () => {
  test("a new comment reaches an open page within a second, with an event id", async ({ page, browser }) => {
    const writer = await signedInWriter(browser);
    await page.goto(`/articles/${SLUG}`);
    await listen(page, EVENTS);
    await expect.poll(async () => (await received(page)).map((message) => message.type)).toContain("ready");
    const ready = (await received(page))[0]!;
    expect(ready.id).toMatch(/^\d+$/);

    const { comment, respondedAt } = await postComment(writer, `实时推送测试 ${uniqueUser("a")}`);
    await expect
      .poll(async () => (await received(page)).find((message) => message.type === "comment.created" && (message.data.comment as Created).id === comment.id))
      .toBeTruthy();
    const event = (await received(page)).find((message) => (message.data.comment as Created | undefined)?.id === comment.id)!;
    expect(isAfter(event.id, ready.id)).toBe(true);
    expect(event.data).toMatchObject({ comment: { id: comment.id, anchor: null, body: expect.stringContaining("实时推送测试") }, counts: { anchor: null } });
    // The bound: every open page within a second of the write.
    expect(event.at - respondedAt).toBeLessThan(1_000);
    await stopListening(page);
    await writer.context().close();
  });

  test("a reconnect with Last-Event-ID receives exactly the events after it", async ({ page, browser }) => {
    const writer = await signedInWriter(browser);
    await page.goto(`/articles/${SLUG}`);
    await listen(page, EVENTS);
    const first = await postComment(writer, `断线前的评论 ${uniqueUser("b")}`);
    await expect.poll(async () => (await received(page)).some((message) => message.type === "comment.created")).toBe(true);
    const seen = (await received(page)).find((message) => (message.data.comment as Created | undefined)?.id === first.comment.id)!;
    await stopListening(page);

    // While this reader is away: a new comment and a like on the first one.
    const second = await postComment(writer, `断线期间的评论 ${uniqueUser("c")}`);
    const like = await writer.request.put(`/api/v1/comments/${first.comment.id}/like`);
    expect(like.ok()).toBe(true);

    // The browser's own reconnect sends the Last-Event-ID header.
    const resumed = await readStream(page, { lastEventId: seen.id, count: 3 });
    expect(resumed.status).toBe(200);
    expect(resumed.headers["content-type"]).toContain("text/event-stream");
    expect(resumed.headers["cache-control"]).toContain("no-transform");
    expect(resumed.headers["x-accel-buffering"]).toBe("no");
    const [ready, created, liked] = resumed.messages;
    expect(ready).toMatchObject({ type: "ready", id: seen.id });
    expect(created).toMatchObject({ type: "comment.created", data: { comment: { id: second.comment.id } } });
    expect(liked).toMatchObject({ type: "comment.liked", data: { id: first.comment.id, likeCount: 1 } });
    expect(isAfter(created!.id, seen.id) && isAfter(liked!.id, created!.id)).toBe(true);

    // A re-created EventSource resumes the same way with ?lastEventId=.
    await listen(page, `${EVENTS}?lastEventId=${seen.id}`);
    await expect
      .poll(async () => (await received(page)).find((message) => (message.data.comment as Created | undefined)?.id === second.comment.id)?.type)
      .toBe("comment.created");
    expect((await received(page)).some((message) => (message.data.comment as Created | undefined)?.id === first.comment.id)).toBe(false);
    await stopListening(page);
    await writer.context().close();
  });

  test("a first connection starts at the newest event and sends nothing older", async ({ page, request }) => {
    await page.goto(`/articles/${SLUG}`);
    // The tests above left events in the log; none of them may come before live ones.
    const stream = await readStream(page, { count: 2, timeoutMs: 2_000 });
    expect(stream.messages).toHaveLength(1);
    expect(stream.messages[0]).toMatchObject({ type: "ready", data: { lastEventId: stream.messages[0]!.id } });
    // Resuming from that id finds nothing missed: only the opening message within two seconds.
    const again = await readStream(page, { lastEventId: stream.messages[0]!.id, count: 2, timeoutMs: 2_000 });
    expect(again.messages.map((message) => message.type)).toEqual(["ready"]);

    const openapi = (await (await request.get("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(openapi.paths)).toContain("/api/v1/articles/{slug}/events");
  });

  test("answers an unknown article and a malformed Last-Event-ID in the error shape", async ({ request }) => {
    const missing = await request.get("/api/v1/articles/no-such-article/events");
    expect(missing.status()).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("not_found");
    const malformed = await request.get(EVENTS, { headers: { "Last-Event-ID": "not-a-number" } });
    expect(malformed.status()).toBe(400);
    expect(((await malformed.json()) as { error: { code: string } }).error.code).toBe("bad_request");
  });
});
