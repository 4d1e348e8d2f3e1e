import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import { documentText, type DocumentText } from "../lib/anchoring/document-text";
import { createSelectors } from "../lib/anchoring/selectors";
import { signedInReader, type SignedInReader } from "./support/sign-in";

const SLUG = "openai-board-reversal";
const HIGHLIGHTS = `/api/v1/articles/${SLUG}/highlights`;
const JSONLD = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

type Comment = { id: string; highlightId: string | null; parentId: string | null; depth: number; body: string | null; author: { id: string } };
type Highlight = {
  id: string;
  visibility: "private" | "public";
  exact: string;
  start: number;
  end: number;
  startAnchor: string;
  endAnchor: string;
  isMine: boolean;
  owner: { id: string };
  note: Comment | null;
  replyCount: number;
};
type ArticleHighlights = { highlights: Highlight[]; popular: { start: number; end: number; count: number }[] };
type Reader = SignedInReader;


async function expectError(response: APIResponse, status: number, code: string): Promise<void> {
  expect(response.status(), await response.text()).toBe(status);
  expect(((await response.json()) as { error: { code: string } }).error.code).toBe(code);
}

async function created<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

async function listed(api: APIRequestContext): Promise<Highlight[]> {
  const response = await api.get(HIGHLIGHTS);
  expect(response.status()).toBe(200);
  return ((await response.json()) as ArticleHighlights).highlights;
}

let doc: DocumentText;
let paragraphs: string[];
let alice: Reader;
let bob: Reader;

/** Posted selectors for `length` code points from `offset` into paragraph `index`, or from its end back (`offset` < 0). */
function selectors(index: number, offset: number, length: number) {
  const block = doc.blocks.find((candidate) => candidate.anchor === paragraphs[index]);
  if (!block) throw new Error(`no paragraph ${index}`);
  const start = offset < 0 ? block.end + offset : block.start + offset;
  const { quote, position } = createSelectors(doc, start, start + length);
  return [quote, position] as const;
}

test.describe("the highlights API", () => {
  test.beforeAll(async ({ browser, request }) => {
    // Two sign-ins through the local issuer, on a busy machine.
    test.setTimeout(120_000);
    const article = (await (await request.get(`/api/v1/articles/${SLUG}`)).json()) as { blocks: { anchor: string; kind: string; text: string }[] };
    doc = documentText(article.blocks);
    paragraphs = article.blocks.filter((block) => block.kind === "paragraph").map((block) => block.anchor);
    alice = await signedInReader(browser, "hl-alice");
    bob = await signedInReader(browser, "hl-bob");
  });
  test.afterAll(async () => {
    await alice?.context.close();
    await bob?.context.close();
  });

  test("highlights across two paragraphs, private to its owner until made public", async ({ request }) => {
    const highlight = await created<Highlight>(await alice.api.post(HIGHLIGHTS, { data: { selectors: selectors(0, -4, 10) } }));
    expect(highlight).toMatchObject({ visibility: "private", isMine: true, startAnchor: paragraphs[0], endAnchor: paragraphs[1], note: null });
    expect(highlight.exact).toContain("\n\n");
    expect((await listed(alice.api)).map((h) => h.id)).toContain(highlight.id);
    expect((await listed(bob.api)).map((h) => h.id)).not.toContain(highlight.id);
    expect((await listed(request)).map((h) => h.id)).not.toContain(highlight.id);
    await expectError(await request.get(`/api/v1/annotations/${highlight.id}.jsonld`), 404, "not_found");

    const patched = await alice.api.patch(`/api/v1/highlights/${highlight.id}`, { data: { visibility: "public" } });
    expect(patched.status()).toBe(200);
    const seen = (await listed(bob.api)).find((h) => h.id === highlight.id);
    expect(seen).toMatchObject({ visibility: "public", isMine: false, owner: { id: alice.id } });
    const { popular } = (await (await request.get(HIGHLIGHTS)).json()) as ArticleHighlights;
    expect(popular.some((segment) => segment.start <= highlight.start && segment.end >= highlight.start + 1)).toBe(true);
  });

  test("refuses selectors that do not match the current text with 422 and stores nothing", async () => {
    const before = (await listed(alice.api)).length;
    const [quote, position] = selectors(2, 0, 6);
    await expectError(await alice.api.post(HIGHLIGHTS, { data: { selectors: [{ ...quote, exact: "并不在这里" }, position], note: "不应保存" } }), 422, "selector_mismatch");
    await expectError(await alice.api.post(HIGHLIGHTS, { data: { selectors: [quote, { ...position, start: position.start + 2 }] } }), 422, "selector_mismatch");
    await expectError(await alice.api.post(HIGHLIGHTS, { data: { selectors: [quote] } }), 422, "validation_failed");
    expect((await listed(alice.api)).length).toBe(before);
  });

  test("lets only the owner change or delete a highlight", async ({ request }) => {
    const secret = await created<Highlight>(await alice.api.post(HIGHLIGHTS, { data: { selectors: selectors(3, 0, 5) } }));
    const shared = await created<Highlight>(await alice.api.post(HIGHLIGHTS, { data: { selectors: selectors(3, 6, 5), visibility: "public" } }));
    await expectError(await request.patch(`/api/v1/highlights/${shared.id}`, { data: { visibility: "private" } }), 401, "unauthorized");
    await expectError(await request.delete(`/api/v1/highlights/${shared.id}`), 401, "unauthorized");
    await expectError(await bob.api.patch(`/api/v1/highlights/${shared.id}`, { data: { visibility: "private" } }), 403, "forbidden");
    await expectError(await bob.api.delete(`/api/v1/highlights/${shared.id}`), 403, "forbidden");
    await expectError(await bob.api.patch(`/api/v1/highlights/${secret.id}`, { data: { visibility: "public" } }), 404, "not_found");
    await expectError(await bob.api.delete(`/api/v1/highlights/${secret.id}`), 404, "not_found");
    await expectError(await bob.api.delete("/api/v1/highlights/nosuchhighlight"), 404, "not_found");

    expect((await alice.api.delete(`/api/v1/highlights/${secret.id}`)).status()).toBe(204);
    expect((await listed(alice.api)).map((h) => h.id)).not.toContain(secret.id);
  });

  test("makes a public note a thread another reader replies to; a private note takes no replies", async ({ request }) => {
    const note = await created<Highlight>(await alice.api.post(HIGHLIGHTS, { data: { selectors: selectors(4, 0, 8), visibility: "public", note: "这里是关键" } }));
    expect(note.note).toMatchObject({ body: "这里是关键", highlightId: note.id, depth: 0 });
    const reply = await created<Comment>(await bob.api.post(`/api/v1/highlights/${note.id}/comments`, { data: { body: "同意" } }));
    expect(reply).toMatchObject({ highlightId: note.id, parentId: note.note?.id, depth: 1 });

    const thread = (await (await request.get(`/api/v1/highlights/${note.id}/comments`)).json()) as { threads: { id: string; replies: Comment[] }[] };
    expect(thread.threads.map((t) => t.id)).toEqual([note.note?.id]);
    expect(thread.threads[0]?.replies.map((r) => r.body)).toEqual(["同意"]);
    expect((await bob.api.put(`/api/v1/comments/${note.note?.id}/like`)).status()).toBe(200);

    // Paragraph threads leave notes out.
    const paragraph = (await (await request.get(`/api/v1/articles/${SLUG}/comments?anchor=${paragraphs[4]}`)).json()) as { threads: { id: string }[] };
    expect(paragraph.threads.map((t) => t.id)).not.toContain(note.note?.id);

    const made = await alice.api.patch(`/api/v1/highlights/${note.id}`, { data: { visibility: "private" } });
    expect(made.status()).toBe(200);
    await expectError(await bob.api.post(`/api/v1/highlights/${note.id}/comments`, { data: { body: "还在吗" } }), 404, "not_found");
    await expectError(await alice.api.post(`/api/v1/highlights/${note.id}/comments`, { data: { body: "自己回复" } }), 409, "conflict");
    await expectError(await request.get(`/api/v1/highlights/${note.id}/comments`), 404, "not_found");
    // Its comments are not there for others either: not to edit, delete or take a like back from.
    await expectError(await bob.api.patch(`/api/v1/comments/${note.note?.id}`, { data: { body: "改一改" } }), 404, "not_found");
    await expectError(await bob.api.delete(`/api/v1/comments/${note.note?.id}`), 404, "not_found");
    await expectError(await bob.api.delete(`/api/v1/comments/${note.note?.id}/like`), 404, "not_found");

    const mine = (await (await alice.api.get("/api/v1/me/highlights?limit=5")).json()) as { highlights: (Highlight & { articleTitle: string })[] };
    expect(mine.highlights[0]).toMatchObject({ id: note.id, note: { body: "这里是关键" }, articleTitle: expect.any(String) });
    await expectError(await request.get("/api/v1/me/highlights"), 401, "unauthorized");
  });

  test("exports public highlights and notes as W3C Web Annotation JSON-LD", async ({ request }) => {
    const note = await created<Highlight>(await bob.api.post(HIGHLIGHTS, { data: { selectors: selectors(5, 0, 6), visibility: "public", note: "**公开** 批注" } }));
    const one = await request.get(`/api/v1/annotations/${note.id}.jsonld`);
    expect(one.status()).toBe(200);
    expect(one.headers()["content-type"]).toBe(JSONLD);
    const annotation = (await one.json()) as Record<string, unknown>;
    expect(annotation).toMatchObject({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      type: "Annotation",
      motivation: "commenting",
      body: { type: "TextualBody", value: "**公开** 批注", format: "text/markdown" },
      target: { selector: [{ type: "TextQuoteSelector", exact: note.exact }, { type: "TextPositionSelector", start: note.start, end: note.end }] },
    });
    const creator = (annotation.creator as { id: string }).id;
    expect(new URL(creator).pathname).toBe(`/users/${bob.id}`);
    expect((await request.get(new URL(creator).pathname)).status()).toBe(200);

    const collection = await request.get(`/api/v1/articles/${SLUG}/annotations.jsonld`);
    expect(collection.status()).toBe(200);
    expect(collection.headers()["content-type"]).toBe(JSONLD);
    const body = (await collection.json()) as { type: string; total: number; first: { type: string; items: { id: string }[] }; last: string };
    expect(body.type).toBe("AnnotationCollection");
    expect(body.first.type).toBe("AnnotationPage");
    expect(body.total).toBeGreaterThanOrEqual(1);
    const lastPage = await request.get(new URL(body.last).pathname + new URL(body.last).search);
    expect(lastPage.status()).toBe(200);
    const items = ((await lastPage.json()) as { items: { id: string }[] }).items.map((item) => item.id);
    expect(items.some((id) => id.endsWith(`/api/v1/annotations/${note.id}.jsonld`))).toBe(true);
    await expectError(await request.get("/api/v1/annotations/nosuchannotation.jsonld"), 404, "not_found");
  });
});
