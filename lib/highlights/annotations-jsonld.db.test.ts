import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ANNOTATION_JSONLD_CONTENT_TYPE } from "@/lib/annotations/annotation-jsonld";
import { runW3cTest, type AssertionResult, type W3cTestFile } from "@/lib/annotations/w3c-validator";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createReader, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { currentDocument, rangeIn, selectorsAt } from "@/lib/highlights/highlight-fixtures";
import { getPublicProfile } from "@/lib/highlights/public-profile";

const db = createDbClient(inject("databaseUrl"));
// The route handlers use the app's shared client (lib/db/client.ts); here it is the test database's.
(globalThis as { marginaliaDb?: PrismaClient }).marginaliaDb = db;
const { GET: getCollection } = await import("@/app/api/v1/articles/[slug]/annotations.jsonld/route");
const { GET: getAnnotation } = await import("@/app/api/v1/annotations/[file]/route");

const ORIGIN = "http://marginalia.test";
let article: TestArticle;
let alice: ActiveUser;
let bob: ActiveUser;
const ids: { highlight: string; note: string; hidden: string } = { highlight: "", note: "", hidden: "" };

function mustFailures(files: W3cTestFile[], document: unknown): string[] {
  const results: AssertionResult[] = files.flatMap((file) => runW3cTest(file, document));
  return results.filter((r) => r.assertionType === "must" && !r.passed).map((r) => `${r.file}: ${r.errors}`);
}

async function collection(query = "") {
  const response = await getCollection(new Request(`${ORIGIN}/api/v1/articles/${article.slug}/annotations.jsonld${query}`), {
    params: Promise.resolve({ slug: article.slug }),
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

async function annotation(id: string) {
  const response = await getAnnotation(new Request(`${ORIGIN}/api/v1/annotations/${id}.jsonld`), { params: Promise.resolve({ file: `${id}.jsonld` }) });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("the JSON-LD endpoints against PostgreSQL", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "annotations-jsonld-test");
    alice = await createReader(db, "Alice");
    // No display name: the export still names a creator.
    bob = await createReader(db, null);
    const doc = await currentDocument(db, article.slug);
    const at = (paragraph: number, offset: number) => {
      const { start, end } = rangeIn(doc, paragraphAnchor(article, paragraph), offset, 6);
      return selectorsAt(doc, start, end);
    };
    const make = (actor: ActiveUser, paragraph: number, visibility: "public" | "private", note?: string) =>
      createHighlight({ db, actor, slug: article.slug, input: { selectors: at(paragraph, 0), visibility, note } });
    ids.highlight = (await make(alice, 0, "public")).id;
    ids.note = (await make(bob, 1, "public", "**要点** <b>原文</b> 😀")).id;
    ids.hidden = (await make(alice, 2, "private", "只给自己看")).id;
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("answers one public highlight and one public note as valid W3C Annotations", async () => {
    for (const id of [ids.highlight, ids.note]) {
      const { response, body } = await annotation(id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe(ANNOTATION_JSONLD_CONTENT_TYPE);
      expect(body.id).toBe(`${ORIGIN}/api/v1/annotations/${id}.jsonld`);
      expect(mustFailures(["annotations/annotationMusts.test"], body)).toEqual([]);
    }
    const { body } = await annotation(ids.note);
    expect(body).toMatchObject({
      motivation: "commenting",
      body: { type: "TextualBody", value: "**要点** <b>原文</b> 😀", format: "text/markdown" },
      creator: { id: `${ORIGIN}/users/${bob.id}`, type: "Person", name: "读者" },
      target: { source: { id: `${ORIGIN}/articles/${article.slug}` } },
    });
  });

  it("answers 404 in the error shape for private and unknown annotations", async () => {
    for (const id of [ids.hidden, "nosuchannotation"]) {
      const { response, body } = await annotation(id);
      expect(response.status).toBe(404);
      expect(body).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });

  it("answers the article's public annotations as a valid AnnotationCollection and its pages", async () => {
    const { response, body } = await collection();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(ANNOTATION_JSONLD_CONTENT_TYPE);
    expect(body).toMatchObject({ type: "AnnotationCollection", total: 2 });
    expect(mustFailures(["collections/collectionMusts.test"], body)).toEqual([]);
    const first = body.first as { items: { id: string }[] };
    expect(first.items.map((item) => item.id)).toEqual([ids.highlight, ids.note].map((id) => `${ORIGIN}/api/v1/annotations/${id}.jsonld`));

    const page = await collection("?page=1");
    expect(page.body).toMatchObject({ type: "AnnotationPage", partOf: { total: 2 }, startIndex: 0 });
    expect(mustFailures(["collections/pages/pageMusts.test"], page.body)).toEqual([]);
    expect((await collection("?page=2")).response.status).toBe(404);
  });

  it("shows on a creator's profile (/users/<id>) their public notes only", async () => {
    expect((await getPublicProfile({ db, id: bob.id, limit: 10 })).notes.map((note) => note.id)).toEqual([ids.note]);
    expect(await getPublicProfile({ db, id: alice.id, limit: 10 })).toMatchObject({ user: { id: alice.id, name: "Alice" }, notes: [] });
  });
});
