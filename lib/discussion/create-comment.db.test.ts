import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createTestArticle, type TestArticle, paragraphAnchor } from "@/lib/discussion/discussion-fixtures";
import type { ActiveUser } from "@/lib/auth/authorize";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let alice: ActiveUser;
let bob: ActiveUser;

function paragraph(index: number): string {
  return paragraphAnchor(article, index);
}

async function events(type: string) {
  return db.articleEvent.findMany({ where: { articleId: article.id, type }, orderBy: { id: "asc" } });
}

describe("createComment against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "discussion-create-test");
    alice = await createReader(db, "Alice");
    bob = await createReader(db, "Bob 鲍勃");
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("posts a root comment on a block, stores the raw text, and publishes the event with the new count", async () => {
    const anchor = paragraph(0);
    const body = '<script>alert("x")</script> **bold** <img src=x onerror=alert(1)>';
    const { comment, created } = await createComment({ db, actor: alice, slug: article.slug, anchor, body });
    expect(created).toBe(true);
    expect(comment).toMatchObject({
      anchor,
      parentId: null,
      rootId: comment.id,
      depth: 0,
      replyTo: null,
      author: { id: alice.id, name: "Alice", image: null },
      body,
      status: "published",
      likeCount: 0,
      likedByMe: false,
      replyCount: 0,
      editedAt: null,
      canEdit: true,
      canDelete: true,
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe(body);

    const [event] = (await events("comment.created")).filter((e) => (e.payload as { comment: { id: string } }).comment.id === comment.id);
    expect(event?.payload).toEqual({
      comment: { ...comment, canEdit: false, canDelete: false },
      counts: { anchor, count: 1 },
    });
  });

  it("posts on the whole article with anchor null and on headings and captions", async () => {
    const whole = await createComment({ db, actor: bob, slug: article.slug, anchor: null, body: "整篇文章的讨论" });
    expect(whole.comment.anchor).toBeNull();
    for (const anchor of [article.heading, article.figure]) {
      const { comment } = await createComment({ db, actor: bob, slug: article.slug, anchor, body: `ok ${anchor}` });
      expect(comment.anchor).toBe(anchor);
    }
  });

  it("refuses anchors that are not commentable blocks of the article, and unknown articles", async () => {
    const attempt = (slug: string, anchor: string) => createComment({ db, actor: alice, slug, anchor, body: "hi" });
    await expect(attempt(article.slug, "b-00000000")).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { anchor: ["unknown_anchor"] } });
    await expect(attempt(article.slug, article.disclaimer)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(attempt("no-such-article", paragraph(0))).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses empty, invisible and over-long bodies, counting code points", async () => {
    const attempt = (body: string) => createComment({ db, actor: alice, slug: article.slug, anchor: paragraph(1), body });
    await expect(attempt("   \n ")).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { body: ["empty"] } });
    await expect(attempt("\u200B\u200D")).rejects.toMatchObject({ fieldErrors: { body: ["empty"] } });
    await expect(attempt("😀".repeat(5001))).rejects.toMatchObject({ fieldErrors: { body: ["too_long"] } });
    const longest = await attempt("😀".repeat(5000));
    expect(longest.comment.body).toBe("😀".repeat(5000));
  });

  it("refuses thousands of nested lists or quotes (422 too_deeply_nested) and stores nothing", async () => {
    const attempt = (body: string) => createComment({ db, actor: alice, slug: article.slug, anchor: paragraph(1), body });
    const before = await db.comment.count();
    for (const body of ["- ".repeat(2400) + "x", "> ".repeat(2400) + "x"]) {
      const refusal = attempt(body);
      await expect(refusal).rejects.toMatchObject({ code: "too_deeply_nested", status: 422, fieldErrors: { body: ["too_deeply_nested"] } });
    }
    expect(await db.comment.count()).toBe(before);
  });

  it("creates one comment for a repeated idempotency key and returns the original", async () => {
    const idempotencyKey = randomUUID();
    const input = { db, actor: alice, slug: article.slug, anchor: paragraph(2), body: "只发一次", idempotencyKey };
    const first = await createComment(input);
    const second = await createComment({ ...input, body: "只发一次!" });
    expect(first.created).toBe(true);
    expect(second).toEqual({ comment: first.comment, created: false });
    expect(await db.comment.count({ where: { authorId: alice.id, idempotencyKey } })).toBe(1);
    // Another user's key is their own.
    expect((await createComment({ ...input, actor: bob })).created).toBe(true);
  });

  it("creates one comment when the same key arrives twice at once", async () => {
    const idempotencyKey = randomUUID();
    const input = { db, actor: bob, slug: article.slug, anchor: paragraph(3), body: "double click", idempotencyKey };
    const results = await Promise.all([createComment(input), createComment(input), createComment(input)]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(new Set(results.map((result) => result.comment.id)).size).toBe(1);
    expect(await db.comment.count({ where: { idempotencyKey } })).toBe(1);
    const created = (await events("comment.created")).filter((e) => (e.payload as { comment: { body: string } }).comment.body === "double click");
    expect(created).toHaveLength(1);
  });

  it("refuses a key already used in another discussion", async () => {
    const idempotencyKey = randomUUID();
    await createComment({ db, actor: alice, slug: article.slug, anchor: paragraph(4), body: "a", idempotencyKey });
    await expect(createComment({ db, actor: alice, slug: article.slug, anchor: paragraph(5), body: "a", idempotencyKey })).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("nests replies to depth 2 and keeps deeper answers at depth 2 naming whom they answer", async () => {
    const anchor = paragraph(6);
    const post = (actor: ActiveUser, parentId?: string) =>
      createComment({ db, actor, slug: article.slug, anchor, parentId, body: `by ${actor.name}, answering ${parentId ?? "nobody"}` }).then((r) => r.comment);
    const root = await post(alice);
    const first = await post(bob, root.id);
    const second = await post(alice, first.id);
    const third = await post(bob, second.id);
    const fourth = await post(alice, third.id);

    expect(first).toMatchObject({ parentId: root.id, rootId: root.id, depth: 1, replyTo: null });
    expect(second).toMatchObject({ parentId: first.id, rootId: root.id, depth: 2, replyTo: null });
    expect(third).toMatchObject({ parentId: first.id, rootId: root.id, depth: 2, replyTo: { id: alice.id, name: "Alice" } });
    expect(fourth).toMatchObject({ parentId: first.id, rootId: root.id, depth: 2, replyTo: { id: bob.id, name: "Bob 鲍勃" } });

    const counts = await db.comment.findMany({ where: { id: { in: [root.id, first.id, second.id] } }, select: { id: true, replyCount: true } });
    expect(Object.fromEntries(counts.map((c) => [c.id, c.replyCount]))).toEqual({ [root.id]: 4, [first.id]: 3, [second.id]: 0 });
  });

  it("refuses a parent from another discussion or one that does not exist", async () => {
    const root = (await createComment({ db, actor: alice, slug: article.slug, anchor: paragraph(7), body: "root" })).comment;
    const reply = (anchor: string | null, parentId: string) => createComment({ db, actor: bob, slug: article.slug, anchor, parentId, body: "re" });
    await expect(reply(paragraph(8), root.id)).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { parentId: ["other_discussion"] } });
    await expect(reply(null, root.id)).rejects.toMatchObject({ fieldErrors: { parentId: ["other_discussion"] } });
    await expect(reply(paragraph(7), "cnosuchcomment000000000000")).rejects.toMatchObject({ fieldErrors: { parentId: ["unknown_parent"] } });

    // The same text has the same anchors in another article; the thread is still not theirs.
    const other = await createTestArticle(db, "discussion-create-other");
    await expect(createComment({ db, actor: bob, slug: other.slug, anchor: paragraph(7), parentId: root.id, body: "re" })).rejects.toMatchObject({
      fieldErrors: { parentId: ["other_discussion"] },
    });
  });

  it("leaves nothing behind when any part of the write fails", async () => {
    const anchor = paragraph(9);
    const root = (await createComment({ db, actor: alice, slug: article.slug, anchor, body: "root of a failing reply" })).comment;
    const before = {
      comments: await db.comment.count({ where: { articleId: article.id } }),
      notifications: await db.notification.count({ where: { userId: alice.id } }),
      events: await db.articleEvent.count({ where: { articleId: article.id } }),
    };
    // The live event is the last statement of the transaction: make it fail for real.
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION refuse_test_event() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'event log unavailable'; END; $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_test_event BEFORE INSERT ON "ArticleEvent"
      FOR EACH ROW WHEN (NEW."articleId" = '${article.id}') EXECUTE FUNCTION refuse_test_event()`);
    try {
      await expect(createComment({ db, actor: bob, slug: article.slug, anchor, parentId: root.id, body: "@Alice hi" })).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse_test_event ON "ArticleEvent"`);
    }
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(before.comments);
    expect(await db.notification.count({ where: { userId: alice.id } })).toBe(before.notifications);
    expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(before.events);
    expect((await db.comment.findUniqueOrThrow({ where: { id: root.id } })).replyCount).toBe(0);
  });
});
