import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type APIResponse, type Page } from "@playwright/test";
import { documentText, type DocumentText } from "../lib/anchoring/document-text";
import { createSelectors } from "../lib/anchoring/selectors";
import { E2E_ADMIN_USER } from "./support/server-env";
import { signedInReader, type SignedInReader } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const HIGHLIGHTS = `/api/v1/articles/${SLUG}/highlights`;
const EVENTS = `/api/v1/articles/${SLUG}/events`;

type Comment = { id: string; highlightId: string | null; parentId: string | null; body: string | null };
type Highlight = { id: string; visibility: "private" | "public"; startAnchor: string; note: Comment | null };
type Viewer = "bob" | "anon" | "admin";

/** What a route is built from. */
type Ids = { highlightId: string; anchor: string; aliceId: string };

/**
 * Every route that returns comment text or ids (app/api/v1 and the pages under
 * app/), and who asks it. Add a row to cover a new route. `listsHighlights`:
 * the highlight's own id must not appear either (routes whose address does
 * not carry it).
 */
const ROUTES: { path: (ids: Ids) => string; viewers: Viewer[]; status?: number; listsHighlights?: boolean }[] = [
  { path: () => "/api/v1/notifications", viewers: ["bob", "admin"], listsHighlights: true },
  { path: () => "/api/v1/notifications/unread-count", viewers: ["bob", "admin"] },
  { path: ({ highlightId }) => `/api/v1/highlights/${highlightId}/comments`, viewers: ["bob", "anon", "admin"], status: 404 },
  { path: () => `/api/v1/articles/${SLUG}/comments?anchor=article`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: ({ anchor }) => `/api/v1/articles/${SLUG}/comments?anchor=${encodeURIComponent(anchor)}`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: () => `/api/v1/articles/${SLUG}/comment-counts`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: () => `/api/v1/articles/${SLUG}`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: () => HIGHLIGHTS, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: () => `/api/v1/articles/${SLUG}/annotations.jsonld`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: ({ highlightId }) => `/api/v1/annotations/${highlightId}.jsonld`, viewers: ["bob", "anon", "admin"], status: 404 },
  { path: () => "/api/v1/me/highlights", viewers: ["bob", "admin"], listsHighlights: true },
  { path: () => "/api/v1/me/notes.md", viewers: ["bob", "admin"], listsHighlights: true },
  { path: ({ aliceId }) => `/users/${aliceId}`, viewers: ["bob", "anon", "admin"], listsHighlights: true },
  { path: ({ highlightId }) => `/articles/${SLUG}?thread=note-${highlightId}`, viewers: ["bob", "anon", "admin"] },
  { path: () => "/me/notes", viewers: ["bob", "admin"], listsHighlights: true },
  { path: () => "/notifications", viewers: ["bob", "admin"], listsHighlights: true },
  ...["pending", "reported", "hidden", "recent"].map((tab) => ({
    path: () => `/api/v1/moderation/queue?tab=${tab}`,
    viewers: ["admin"] as Viewer[],
    listsHighlights: true,
  })),
  { path: ({ aliceId }) => `/api/v1/moderation/users/${aliceId}/comments`, viewers: ["admin"], listsHighlights: true },
  { path: ({ aliceId }) => `/api/v1/moderation/users/${aliceId}`, viewers: ["admin"], listsHighlights: true },
  { path: () => "/api/v1/moderation/audit-log", viewers: ["admin"], listsHighlights: true },
  { path: () => "/moderation", viewers: ["admin"], listsHighlights: true },
  { path: ({ aliceId }) => `/moderation/users/${aliceId}`, viewers: ["admin"], listsHighlights: true },
  { path: () => "/moderation/audit-log", viewers: ["admin"], listsHighlights: true },
];

async function created<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

async function unreadCount(api: APIRequestContext): Promise<number> {
  const body = await ok<Record<string, unknown>>(await api.get("/api/v1/notifications/unread-count"));
  const count = body.count ?? body.unread ?? body.unreadCount;
  expect(typeof count, JSON.stringify(body)).toBe("number");
  return count as number;
}

/** Starts reading the article's event stream in the page (raw text, with fetch) until stopped. */
async function startStream(page: Page): Promise<void> {
  await page.goto("/");
  await page.evaluate(async (url) => {
    const target = window as unknown as { streamText: string; streamController: AbortController };
    target.streamText = "";
    target.streamController = new AbortController();
    const response = await fetch(url, { signal: target.streamController.signal });
    if (response.status !== 200) throw new Error(`events: ${response.status}`);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    void (async () => {
      try {
        for (;;) {
          const chunk = await reader.read();
          if (chunk.done) break;
          target.streamText += decoder.decode(chunk.value, { stream: true });
        }
      } catch {
        // aborted
      }
    })();
  }, EVENTS);
}

async function stopStream(page: Page): Promise<string> {
  return page.evaluate(() => {
    const target = window as unknown as { streamText: string; streamController: AbortController };
    target.streamController.abort();
    return target.streamText;
  });
}

let doc: DocumentText;
let paragraphs: string[];

test.describe("a private note reaches no one but its owner", () => {
  test("every route and the event stream keep a private note's text and ids from others", async ({ browser, request, page }) => {
    test.setTimeout(240_000);
    const article = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string; text: string }[] };
    doc = documentText(article.blocks);
    paragraphs = article.blocks.filter((block) => block.kind === "paragraph").map((block) => block.anchor);
    const alice: SignedInReader = await signedInReader(browser, "pn-alice");
    const bob: SignedInReader = await signedInReader(browser, "pn-bob");
    const admin: SignedInReader = await signedInReader(browser, "", E2E_ADMIN_USER);
    try {
      const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;
      const SECRET1 = `SECRET1x${tag}`;
      const ANSWER = `ANSWERx${tag}`;
      const SECRET2 = `SECRET2x${tag}`;
      const SECRET3 = `SECRET3x${tag}`;

      // A public note, Bob's reply, Alice's answer.
      const block = doc.blocks.find((candidate) => candidate.anchor === paragraphs[3]);
      if (!block) throw new Error("no paragraph 3");
      const { quote, position } = createSelectors(doc, block.start + 2, block.start + 9);
      const highlight = await created<Highlight>(
        await alice.api.post(HIGHLIGHTS, { data: { selectors: [quote, position], visibility: "public", note: `${SECRET1} 公开批注` } }),
      );
      const note = highlight.note!;
      expect(note).toMatchObject({ highlightId: highlight.id, body: `${SECRET1} 公开批注` });
      const bobReply = await created<Comment>(await bob.api.post(`/api/v1/highlights/${highlight.id}/comments`, { data: { body: "鲍勃的回复" } }));
      const answer = await created<Comment>(
        await alice.api.post(`/api/v1/highlights/${highlight.id}/comments`, { data: { body: `${ANSWER} 回答`, parentId: bobReply.id } }),
      );
      const bobUnreadBefore = await unreadCount(bob.api);
      const adminUnreadBefore = await unreadCount(admin.api);

      // Bob and a signed-out reader listen while Alice makes it private and edits it.
      const bobPage = await bob.context.newPage();
      await startStream(page);
      await startStream(bobPage);
      await ok(await alice.api.patch(`/api/v1/highlights/${highlight.id}`, { data: { visibility: "private" } }));
      await ok(await alice.api.patch(`/api/v1/comments/${note.id}`, { data: { body: `${SECRET1} @${bob.name} ${SECRET2}` } }));
      await ok(await alice.api.patch(`/api/v1/comments/${answer.id}`, { data: { body: SECRET3 } }));
      const like = await alice.api.put(`/api/v1/comments/${note.id}/like`);
      expect(like.status(), await like.text()).toBeLessThan(300);
      await page.waitForTimeout(2_500);
      const streams = { anon: await stopStream(page), bob: await stopStream(bobPage) };
      await bobPage.close();

      const secrets = [SECRET1, ANSWER, SECRET2, SECRET3, note.id, answer.id];
      // The highlight itself was public, so a retraction event may still name it; the note may not.
      for (const [who, text] of Object.entries(streams)) {
        expect(text, `events to ${who}`).toContain("event: ready");
        for (const secret of secrets) expect(text, `events to ${who} after the note went private`).not.toContain(secret);
      }

      // The owner still sees it (so the checks below can fail).
      const own = await alice.api.get(`/api/v1/highlights/${highlight.id}/comments`);
      expect(own.status()).toBe(200);
      const ownText = await own.text();
      for (const secret of [SECRET2, SECRET3, note.id, answer.id]) expect(ownText).toContain(secret);
      expect(await (await alice.api.get(HIGHLIGHTS)).text()).toContain(SECRET2);

      // Every route, to everyone else.
      const apis: Record<Viewer, APIRequestContext> = { bob: bob.api, anon: request, admin: admin.api };
      const ids: Ids = { highlightId: highlight.id, anchor: highlight.startAnchor, aliceId: alice.id };
      const failures: string[] = [];
      for (const route of ROUTES) {
        for (const viewer of route.viewers) {
          const path = route.path(ids);
          const response = await apis[viewer].get(path);
          const text = await response.text();
          if (response.status() !== (route.status ?? 200)) failures.push(`${viewer} GET ${path}: status ${response.status()} ${text.slice(0, 200)}`);
          for (const secret of route.listsHighlights ? [...secrets, highlight.id] : secrets) {
            const at = text.indexOf(secret);
            if (at !== -1) failures.push(`${viewer} GET ${path}: contains ${secret === note.id ? "note id" : secret === answer.id ? "answer id" : secret === highlight.id ? "highlight id" : secret}: …${text.slice(Math.max(0, at - 150), at + 100)}…`);
          }
        }
      }
      expect(failures).toEqual([]);

      // The unread counts did not grow with the mention in the private note (nor keep the answer).
      expect(await unreadCount(bob.api)).toBeLessThanOrEqual(bobUnreadBefore);
      expect(await unreadCount(admin.api)).toBeLessThanOrEqual(adminUnreadBefore);

      // Writes: a moderator's action answers as for an unknown id; Bob's edits, deletes and likes find nothing.
      const unknownId = /^[0-9a-f-]{36}$/i.test(note.id) ? randomUUID() : note.id.split("").reverse().join("");
      const act = (commentId: string) => admin.api.post("/api/v1/moderation/comments/actions", { data: { commentIds: [commentId], action: "reject", reason: "x" } });
      const [onNote, onUnknown] = [await act(note.id), await act(unknownId)];
      expect(onNote.status()).toBe(onUnknown.status());
      expect((await onNote.text()).replaceAll(note.id, "ID")).toBe((await onUnknown.text()).replaceAll(unknownId, "ID"));
      for (const response of [
        await bob.api.patch(`/api/v1/comments/${note.id}`, { data: { body: "改一改" } }),
        await bob.api.delete(`/api/v1/comments/${note.id}`),
        await bob.api.put(`/api/v1/comments/${note.id}/like`),
        await bob.api.patch(`/api/v1/comments/${answer.id}`, { data: { body: "改一改" } }),
      ]) {
        expect(response.status(), `${response.url()}: ${await response.text()}`).toBe(404);
      }
      // …and the private note is untouched.
      expect(await (await alice.api.get(`/api/v1/highlights/${highlight.id}/comments`)).text()).toContain(SECRET2);
    } finally {
      await alice.context.close();
      await bob.context.close();
      await admin.context.close();
    }
  });
});
