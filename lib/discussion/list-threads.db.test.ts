import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { CommentSort, ThreadDto } from "@/lib/api/comment-schemas";
import type { ActiveUser } from "@/lib/auth/authorize";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDbClient } from "@/lib/db/create-client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { countComments } from "@/lib/discussion/count-comments";
import { createComment } from "@/lib/discussion/create-comment";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { createReader, createTestArticle, type TestArticle, paragraphAnchor } from "@/lib/discussion/discussion-fixtures";
import { listThreads } from "@/lib/discussion/list-threads";
import { setLike } from "@/lib/discussion/set-like";
import { AppError } from "@/lib/errors";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let alice: ActiveUser;
let bob: ActiveUser;

type Seeded = { id: string; likeCount: number; createdAt: Date };

function paragraph(index: number): string {
  return paragraphAnchor(article, index);
}

/** Every page of a discussion, following nextCursor. */
async function allPages(anchor: string | null, sort: CommentSort, limit: number, viewer: ActiveUser | null = null): Promise<ThreadDto[][]> {
  const pages: ThreadDto[][] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await listThreads({ db, slug: article.slug, anchor, sort, cursor, limit, viewer });
    pages.push(page.threads);
    if (!page.nextCursor) return pages;
    cursor = page.nextCursor;
    if (pages.length > 100) throw new Error("paging does not end");
  }
}

/** The order each sort promises, computed independently of the SQL. */
function expectedOrder(rows: Seeded[], sort: CommentSort): string[] {
  const byTimeThenId = (a: Seeded, b: Seeded) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...rows].sort((a, b) => {
    if (sort === "oldest") return byTimeThenId(a, b);
    if (sort === "newest") return byTimeThenId(b, a);
    return b.likeCount - a.likeCount || byTimeThenId(b, a);
  });
  return sorted.map((row) => row.id);
}

describe("listThreads against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "discussion-list-test");
    alice = await createReader(db, "Alice");
    bob = await createReader(db, "Bob");
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("pages through every sort order without duplicates or gaps, ties included", async () => {
    const anchor = paragraph(0);
    const seeded: Seeded[] = [];
    const base = Date.parse("2026-01-01T00:00:00.000Z");
    for (let i = 0; i < 23; i++) {
      const { comment } = await createComment({ db, actor: i % 2 ? alice : bob, slug: article.slug, anchor, body: `root ${i}` });
      // Ties on purpose: groups of three share a timestamp, like counts repeat.
      const createdAt = new Date(base + Math.floor(i / 3) * 1000);
      const likeCount = i % 4;
      await db.comment.update({ where: { id: comment.id }, data: { createdAt, likeCount } });
      seeded.push({ id: comment.id, likeCount, createdAt });
    }
    // The order in which comments come back must not depend on their ids' alphabetical accident alone.
    expect(new Set(seeded.map((row) => row.createdAt.getTime())).size).toBeLessThan(seeded.length);

    for (const sort of ["hot", "newest", "oldest"] as const) {
      for (const limit of [4, 7, 50]) {
        const pages = await allPages(anchor, sort, limit);
        const ids = pages.flat().map((thread) => thread.id);
        expect(ids, `${sort} by ${limit}`).toEqual(expectedOrder(seeded, sort));
        expect(pages.slice(0, -1).every((page) => page.length === limit)).toBe(true);
      }
    }
  }, 60_000);

  it("refuses a cursor from another sort or discussion, and a tampered one, with bad_request", async () => {
    const anchor = paragraph(0);
    const { nextCursor } = await listThreads({ db, slug: article.slug, anchor, sort: "hot", limit: 2, viewer: null });
    if (!nextCursor) throw new Error("expected a second page");
    const attempt = (cursor: string, sort: CommentSort, on: string | null) =>
      listThreads({ db, slug: article.slug, anchor: on, sort, cursor, limit: 2, viewer: null });
    await expect(attempt(nextCursor, "hot", anchor)).resolves.toBeDefined();
    await expect(attempt(nextCursor, "newest", anchor)).rejects.toMatchObject({ code: "bad_request" });
    await expect(attempt(nextCursor, "hot", paragraph(1))).rejects.toMatchObject({ code: "bad_request" });
    await expect(attempt(nextCursor, "hot", null)).rejects.toMatchObject({ code: "bad_request" });
    await expect(attempt(`${nextCursor.slice(0, -2)}xx`, "hot", anchor)).rejects.toBeInstanceOf(AppError);
  });

  it("returns each root with all its visible replies oldest first, and per-viewer likes and controls", async () => {
    const anchor = paragraph(1);
    const root = (await createComment({ db, actor: alice, slug: article.slug, anchor, body: "root" })).comment;
    const first = (await createComment({ db, actor: bob, slug: article.slug, anchor, parentId: root.id, body: "first" })).comment;
    const second = (await createComment({ db, actor: alice, slug: article.slug, anchor, parentId: first.id, body: "second" })).comment;
    const gone = (await createComment({ db, actor: bob, slug: article.slug, anchor, parentId: root.id, body: "gone" })).comment;
    await deleteComment({ db, actor: bob, id: gone.id });
    await setLike({ db, actor: bob, id: second.id, liked: true });

    const [asBob] = (await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: bob })).threads;
    expect(asBob?.id).toBe(root.id);
    expect(asBob?.replyCount).toBe(2);
    expect(asBob?.replies.map((reply) => [reply.id, reply.body, reply.likedByMe, reply.canEdit])).toEqual([
      [first.id, "first", false, true],
      [second.id, "second", true, false],
    ]);
    expect(asBob?.canEdit).toBe(false);

    const [anonymous] = (await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: null })).threads;
    expect(anonymous?.replies.every((reply) => !reply.likedByMe && !reply.canEdit && !reply.canDelete)).toBe(true);
    expect(anonymous?.replies[1]?.likeCount).toBe(1);
  });

  it("shows held comments to their author only", async () => {
    const anchor = paragraph(2);
    const held = (await createComment({ db, actor: alice, slug: article.slug, anchor, body: "held" })).comment;
    await db.comment.update({ where: { id: held.id }, data: { status: "PENDING", moderationReason: "suspect word" } });
    const asAlice = await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: alice });
    expect(asAlice.threads.map((t) => [t.id, t.status, t.body, t.moderationReason])).toEqual([[held.id, "pending", "held", "suspect word"]]);
    expect((await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: bob })).threads).toEqual([]);
  });

  it("lists the article-wide discussion apart from block discussions", async () => {
    const whole = (await createComment({ db, actor: bob, slug: article.slug, anchor: null, body: "on the article" })).comment;
    const page = await listThreads({ db, slug: article.slug, anchor: null, sort: "oldest", limit: 50, viewer: null });
    expect(page.threads.map((thread) => thread.id)).toEqual([whole.id]);
  });

  it("refuses unknown articles (404) and anchors that are not commentable blocks (422)", async () => {
    const list = (slug: string, anchor: string | null) => listThreads({ db, slug, anchor, sort: "hot", limit: 5, viewer: null });
    await expect(list("no-such-article", null)).rejects.toMatchObject({ code: "not_found" });
    await expect(list(article.slug, "b-00000000")).rejects.toMatchObject({ code: "validation_failed" });
    await expect(list(article.slug, article.disclaimer)).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("reads a page in a constant number of queries, whatever its size", async () => {
    const anchor = paragraph(3);
    for (let i = 0; i < 6; i++) {
      const root = (await createComment({ db, actor: alice, slug: article.slug, anchor, body: `r${i}` })).comment;
      await createComment({ db, actor: bob, slug: article.slug, anchor, parentId: root.id, body: `re${i}` });
    }
    const counting = createCountingClient();
    try {
      const perPage: number[] = [];
      for (const limit of [2, 6]) {
        counting.queries.length = 0;
        const page = await listThreads({ db: counting.db, slug: article.slug, anchor, sort: "hot", limit, viewer: bob });
        expect(page.threads).toHaveLength(limit);
        expect(page.threads.every((thread) => thread.replies.length === 1)).toBe(true);
        perPage.push(counting.queries.length);
      }
      expect(perPage[0]).toBe(perPage[1]);
      // A first page also reads its pinned roots.
      expect(perPage[0]).toBeLessThanOrEqual(11);
    } finally {
      await counting.db.$disconnect();
    }
  });

  it("counts published comments per commentable block and on the article in one pass", async () => {
    const counts = await countComments({ db, slug: article.slug });
    const published = await db.comment.groupBy({ by: ["anchor"], where: { articleId: article.id, status: "PUBLISHED" }, _count: { _all: true } });
    for (const group of published) {
      if (group.anchor === null) expect(counts.article).toBe(group._count._all);
      else expect(counts.blocks[group.anchor]).toBe(group._count._all);
    }
    expect(counts.blocks[paragraph(1)]).toBe(3);
    expect(counts.blocks[paragraph(10)]).toBe(0);
    expect(counts.blocks[article.heading]).toBe(0);
    expect(counts.blocks[article.figure]).toBe(0);
    expect(Object.keys(counts.blocks)).not.toContain(article.disclaimer);
    await expect(countComments({ db, slug: "no-such-article" })).rejects.toMatchObject({ code: "not_found" });
  });
});

/** A client on the same database that records the SQL it sends. */
function createCountingClient() {
  const queries: string[] = [];
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: inject("databaseUrl") }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (event) => queries.push(event.query));
  return { db: client, queries };
}
