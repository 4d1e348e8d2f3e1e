import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { DocumentText } from "@/lib/anchoring/document-text";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { countComments } from "@/lib/discussion/count-comments";
import { createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { listThreads } from "@/lib/discussion/list-threads";
import { setLike } from "@/lib/discussion/set-like";
import { AppError } from "@/lib/errors";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { deleteHighlight } from "@/lib/highlights/delete-highlight";
import { currentDocument, rangeIn, selectorsAt } from "@/lib/highlights/highlight-fixtures";
import { listArticleHighlights } from "@/lib/highlights/list-article-highlights";
import { listMyHighlights } from "@/lib/highlights/list-my-highlights";
import { createNoteReply, listNoteThread } from "@/lib/highlights/note-thread";
import { updateHighlight } from "@/lib/highlights/update-highlight";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let doc: DocumentText;
let alice: ActiveUser;
let bob: ActiveUser;
let carol: ActiveUser;

function range(paragraph: number, offset: number, length: number) {
  return rangeIn(doc, paragraphAnchor(article, paragraph), offset, length);
}

function selectors(paragraph: number, offset: number, length: number) {
  const { start, end } = range(paragraph, offset, length);
  return selectorsAt(doc, start, end);
}

async function highlight(actor: ActiveUser, at: ReturnType<typeof selectors>, visibility: "private" | "public" = "private", note?: string) {
  return createHighlight({ db, actor, slug: article.slug, input: { selectors: at, visibility, note } });
}

async function eventsOf(type: string) {
  return db.articleEvent.findMany({ where: { articleId: article.id, type }, orderBy: { id: "asc" } });
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("highlights against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "highlights-test");
    doc = await currentDocument(db, article.slug);
    [alice, bob, carol] = await createReaders(db, ["Alice", "Bob", "Carol"] as const);
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores a highlight across two paragraphs with canonical selectors, block anchors and the text's digest", async () => {
    const first = doc.blocks.find((block) => block.anchor === paragraphAnchor(article, 0));
    const second = doc.blocks.find((block) => block.anchor === paragraphAnchor(article, 1));
    if (!first || !second) throw new Error("seed too short");
    const [quote, position] = selectorsAt(doc, first.end - 3, second.start + 4);
    // A client may send less context than the server keeps.
    const posted = [{ ...quote, prefix: quote.prefix.slice(-5), suffix: quote.suffix.slice(0, 2) }, position] as const;
    const created = await highlight(alice, [...posted]);
    expect(created).toMatchObject({
      articleSlug: article.slug,
      visibility: "private",
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start: position.start,
      end: position.end,
      startAnchor: first.anchor,
      endAnchor: second.anchor,
      originalExact: quote.exact,
      orphaned: false,
      owner: { id: alice.id, name: "Alice", image: null },
      isMine: true,
      note: null,
      replyCount: 0,
    });
    expect(quote.exact).toContain("\n\n");
    const { sourceDigest } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect((await db.highlight.findUniqueOrThrow({ where: { id: created.id } })).anchoredDigest).toBe(sourceDigest);
  });

  it("refuses selectors that do not match the current text with selector_mismatch and stores nothing", async () => {
    const before = await db.highlight.count({ where: { articleId: article.id } });
    const [quote, position] = selectors(2, 0, 6);
    const cases = [
      [{ ...quote, exact: `${quote.exact.slice(0, -1)}X` }, position],
      [quote, { ...position, start: position.start + 1, end: position.end + 1 }],
      [{ ...quote, prefix: "不是这里的上下文" }, position],
      [quote, { ...position, end: doc.chars.length + 5 }],
    ] as const;
    for (const posted of cases) {
      const error = await rejection(highlight(alice, [...posted], "public", "a note that must not be stored"));
      expect(error.code).toBe("selector_mismatch");
      expect(error.status).toBe(422);
    }
    expect(await db.highlight.count({ where: { articleId: article.id } })).toBe(before);
    expect(await db.comment.count({ where: { articleId: article.id, body: "a note that must not be stored" } })).toBe(0);
  });

  it("shows private highlights to their owner only, public ones to everyone, with the shading of distinct readers", async () => {
    const mine = await highlight(bob, selectors(3, 0, 10), "private");
    const shared = await highlight(bob, selectors(3, 5, 10), "public");
    const other = await highlight(carol, selectors(3, 8, 4), "public");

    const forCarol = await listArticleHighlights({ db, slug: article.slug, viewer: carol });
    const ids = forCarol.highlights.map((h) => h.id);
    expect(ids).toContain(shared.id);
    expect(ids).toContain(other.id);
    expect(ids).not.toContain(mine.id);
    expect(forCarol.highlights.find((h) => h.id === shared.id)).toMatchObject({ isMine: false, owner: { name: "Bob" } });
    const anonymous = await listArticleHighlights({ db, slug: article.slug, viewer: null });
    expect(anonymous.highlights.every((h) => h.visibility === "public")).toBe(true);
    expect((await listArticleHighlights({ db, slug: article.slug, viewer: bob })).highlights.map((h) => h.id)).toContain(mine.id);

    const base = range(3, 0, 0).start;
    expect(anonymous.popular.filter((segment) => segment.start >= base && segment.end <= base + 20)).toEqual([
      { start: base + 5, end: base + 8, count: 1 },
      { start: base + 8, end: base + 12, count: 2 },
      { start: base + 12, end: base + 15, count: 1 },
    ]);
    const created = (await eventsOf("highlight.created")).map((event) => event.payload as { highlight: { id: string; isMine: boolean } });
    expect(created.map((payload) => payload.highlight.id)).toEqual(expect.arrayContaining([shared.id, other.id]));
    expect(created.map((payload) => payload.highlight.id)).not.toContain(mine.id);
  });

  it("lets only the owner change or delete a highlight", async () => {
    const privateOne = await highlight(alice, selectors(4, 0, 5), "private");
    const publicOne = await highlight(alice, selectors(4, 6, 5), "public");
    expect((await rejection(updateHighlight({ db, actor: bob, id: privateOne.id, input: { visibility: "public" } }))).code).toBe("not_found");
    expect((await rejection(updateHighlight({ db, actor: bob, id: publicOne.id, input: { visibility: "private" } }))).code).toBe("forbidden");
    expect((await rejection(deleteHighlight({ db, actor: bob, id: privateOne.id }))).code).toBe("not_found");
    expect((await rejection(deleteHighlight({ db, actor: bob, id: publicOne.id }))).code).toBe("forbidden");

    const madePublic = await updateHighlight({ db, actor: alice, id: privateOne.id, input: { visibility: "public" } });
    expect(madePublic.visibility).toBe("public");
    const [updated] = (await eventsOf("highlight.updated")).slice(-1);
    expect(updated?.payload).toMatchObject({ highlight: { id: privateOne.id, visibility: "public", isMine: false } });

    await deleteHighlight({ db, actor: alice, id: publicOne.id });
    expect(await db.highlight.findUnique({ where: { id: publicOne.id } })).toBeNull();
    const [deleted] = (await eventsOf("highlight.deleted")).slice(-1);
    expect(deleted?.payload).toMatchObject({ id: publicOne.id });
  });

  it("makes a note a thread with replies that paragraph threads and counts leave out", async () => {
    const anchor = paragraphAnchor(article, 5);
    const countsBefore = await countComments({ db, slug: article.slug });
    const note = await highlight(alice, selectors(5, 0, 8), "public", "这句话值得 **注意**");
    expect(note.note).toMatchObject({ body: "这句话值得 **注意**", highlightId: note.id, anchor: null, depth: 0, author: { id: alice.id } });

    const { comment: reply, created } = await createNoteReply({ db, actor: bob, id: note.id, body: "同意" });
    expect(created).toBe(true);
    expect(reply).toMatchObject({ highlightId: note.id, parentId: note.note?.id, depth: 1 });
    const { comment: answer } = await createNoteReply({ db, actor: carol, id: note.id, body: "@Alice 为什么？", parentId: reply.id });

    const thread = await listNoteThread({ db, id: note.id, viewer: null });
    expect(thread.threads).toHaveLength(1);
    expect(thread.threads[0]?.replies.map((r) => r.body)).toEqual(["同意", "@Alice 为什么？"]);
    expect(thread.threads[0]?.replyCount).toBe(2);
    expect(await db.notification.count({ where: { userId: alice.id, commentId: reply.id, kind: "REPLY" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: bob.id, commentId: answer.id, kind: "REPLY" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: alice.id, commentId: answer.id, kind: "MENTION" } })).toBe(1);

    expect(await countComments({ db, slug: article.slug })).toEqual(countsBefore);
    for (const discussion of [anchor, null]) {
      const page = await listThreads({ db, slug: article.slug, anchor: discussion, sort: "newest", limit: 50, viewer: alice });
      expect(page.threads.some((t) => t.highlightId !== null)).toBe(false);
    }
    const replyEvents = (await eventsOf("highlight.comment.created")).map((event) => event.payload as { comment: { id: string } });
    expect(replyEvents.map((payload) => payload.comment.id)).toEqual(expect.arrayContaining([note.note?.id, reply.id]));
    expect((await eventsOf("comment.created")).some((event) => (event.payload as { comment: { highlightId: string | null } }).comment.highlightId !== null)).toBe(false);

    const listed = (await listArticleHighlights({ db, slug: article.slug, viewer: bob })).highlights.find((h) => h.id === note.id);
    expect(listed).toMatchObject({ replyCount: 2, note: { body: "这句话值得 **注意**" } });
  });

  it("keeps a private note to its owner: no replies, and others' replies hidden until it is public again", async () => {
    const note = await highlight(alice, selectors(6, 0, 6), "public", "公开的批注");
    await createNoteReply({ db, actor: bob, id: note.id, body: "第一条回复" });
    await updateHighlight({ db, actor: alice, id: note.id, input: { visibility: "private" } });

    expect((await rejection(listNoteThread({ db, id: note.id, viewer: bob }))).code).toBe("not_found");
    expect((await rejection(createNoteReply({ db, actor: bob, id: note.id, body: "还在吗" }))).code).toBe("not_found");
    expect((await rejection(createNoteReply({ db, actor: alice, id: note.id, body: "自言自语" }))).code).toBe("conflict");
    expect((await rejection(setLike({ db, actor: bob, id: note.note?.id ?? "", liked: true }))).code).toBe("not_found");
    const ownView = await listNoteThread({ db, id: note.id, viewer: alice });
    expect(ownView.threads[0]?.replies.map((r) => r.body)).toEqual(["第一条回复"]);

    await updateHighlight({ db, actor: alice, id: note.id, input: { visibility: "public" } });
    expect((await listNoteThread({ db, id: note.id, viewer: bob })).threads[0]?.replies).toHaveLength(1);
  });

  it("creates, edits and removes the note through PATCH, keeping a placeholder while others' replies remain", async () => {
    const plain = await highlight(alice, selectors(7, 0, 6), "public");
    const withNote = await updateHighlight({ db, actor: alice, id: plain.id, input: { note: "后来加的批注" } });
    expect(withNote.note?.body).toBe("后来加的批注");
    const edited = await updateHighlight({ db, actor: alice, id: plain.id, input: { note: "改过的批注" } });
    expect(edited.note).toMatchObject({ id: withNote.note?.id, body: "改过的批注" });
    expect(edited.note?.editedAt).not.toBeNull();

    await createNoteReply({ db, actor: bob, id: plain.id, body: "回复一下" });
    const removed = await updateHighlight({ db, actor: alice, id: plain.id, input: { note: null } });
    expect(removed.note).toMatchObject({ status: "deleted", body: null });
    expect((await listNoteThread({ db, id: plain.id, viewer: bob })).threads[0]?.replies.map((r) => r.body)).toEqual(["回复一下"]);
    expect((await rejection(updateHighlight({ db, actor: alice, id: plain.id, input: { note: "再写一遍" } }))).code).toBe("conflict");
  });

  it("moves a deleted highlight's thread with others' replies to the paragraph's discussion", async () => {
    const anchor = paragraphAnchor(article, 8);
    const note = await highlight(alice, selectors(8, 0, 6), "public", "要删掉的批注");
    const { comment: reply } = await createNoteReply({ db, actor: bob, id: note.id, body: "别删我的回复" });
    await deleteHighlight({ db, actor: alice, id: note.id });

    const page = await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 50, viewer: null });
    const moved = page.threads.find((thread) => thread.id === note.note?.id);
    expect(moved).toMatchObject({ status: "deleted", body: null, highlightId: null, anchor });
    expect(moved?.replies.map((r) => r.id)).toEqual([reply.id]);
    expect((await countComments({ db, slug: article.slug })).blocks[anchor]).toBe(1);
  });

  it("deletes a note without others' replies together with its highlight", async () => {
    const note = await highlight(alice, selectors(9, 0, 6), "public", "只有我");
    await deleteHighlight({ db, actor: alice, id: note.id });
    expect(await db.comment.findUnique({ where: { id: note.note?.id ?? "" } })).toBeNull();
  });

  it("lists my highlights across articles, newest first, a page at a time", async () => {
    const [dave] = await createReaders(db, ["Dave"] as const);
    const made = [];
    for (let index = 0; index < 5; index++) made.push(await highlight(dave, selectors(10, index * 3, 2), index % 2 ? "public" : "private", index === 4 ? "最后一条" : undefined));
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await listMyHighlights({ db, user: dave, cursor, limit: 2 });
      seen.push(...page.highlights.map((h) => h.id));
      if (page.highlights[0]) expect(page.highlights[0]).toMatchObject({ articleSlug: article.slug, articleTitle: expect.any(String), isMine: true });
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(made.map((h) => h.id).reverse());
    expect((await listMyHighlights({ db, user: dave, limit: 1 })).highlights[0]?.note?.body).toBe("最后一条");
    expect((await rejection(listMyHighlights({ db, user: null, limit: 1 }))).code).toBe("unauthorized");
  });
});
