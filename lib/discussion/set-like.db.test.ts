import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { createNote, createReader, createReaders, createTestArticle, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { setLike } from "@/lib/discussion/set-like";
import { createNoteReply } from "@/lib/highlights/note-thread";
import { updateHighlight } from "@/lib/highlights/update-highlight";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let alice: ActiveUser;
let bob: ActiveUser;
let carol: ActiveUser;

async function post(actor: ActiveUser, index: number) {
  const anchor = article.paragraphs[index];
  if (!anchor) throw new Error(`no paragraph ${index}`);
  return (await createComment({ db, actor, slug: article.slug, anchor, body: `like me ${index}` })).comment;
}

async function likedEvents(id: string) {
  const events = await db.articleEvent.findMany({ where: { articleId: article.id, type: "comment.liked" }, orderBy: { id: "asc" } });
  return events.map((event) => event.payload as { id: string; likeCount: number }).filter((payload) => payload.id === id);
}

describe("setLike against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "discussion-like-test");
    [alice, bob, carol] = await createReaders(db, ["Alice", "Bob", "Carol"]);
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("counts one like per user, and repeating a like or an unlike changes nothing", async () => {
    const { id } = await post(alice, 0);
    expect(await setLike({ db, actor: bob, id, liked: true })).toEqual({ likeCount: 1, likedByMe: true });
    expect(await setLike({ db, actor: bob, id, liked: true })).toEqual({ likeCount: 1, likedByMe: true });
    expect(await setLike({ db, actor: carol, id, liked: true })).toEqual({ likeCount: 2, likedByMe: true });
    expect(await setLike({ db, actor: bob, id, liked: false })).toEqual({ likeCount: 1, likedByMe: false });
    expect(await setLike({ db, actor: bob, id, liked: false })).toEqual({ likeCount: 1, likedByMe: false });

    expect(await db.commentLike.count({ where: { commentId: id } })).toBe(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).likeCount).toBe(1);
    // An event for each change, none for the repeats.
    expect((await likedEvents(id)).map((event) => event.likeCount)).toEqual([1, 2, 1]);
  });

  it("keeps the counter equal to the likes under concurrent toggling", async () => {
    const { id } = await post(alice, 1);
    const readers = await Promise.all(Array.from({ length: 6 }, (_, i) => createReader(db, `fan ${i}`)));
    await Promise.all(readers.flatMap((actor) => [setLike({ db, actor, id, liked: true }), setLike({ db, actor, id, liked: true })]));
    await Promise.all(readers.slice(0, 2).map((actor) => setLike({ db, actor, id, liked: false })));
    const likes = await db.commentLike.count({ where: { commentId: id } });
    expect(likes).toBe(4);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).likeCount).toBe(likes);
  });

  it("knows neither unknown comments nor deleted ones (404)", async () => {
    await expect(setLike({ db, actor: bob, id: "cnosuchcomment000000000000", liked: true })).rejects.toMatchObject({ code: "not_found" });
    const { id } = await post(alice, 2);
    await setLike({ db, actor: bob, id, liked: true });
    await deleteComment({ db, actor: alice, id });
    await expect(setLike({ db, actor: carol, id, liked: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(setLike({ db, actor: bob, id, liked: false })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.commentLike.count({ where: { commentId: id, userId: carol.id } })).toBe(0);
  });

  it("keeps a private note's thread to its owner: others get 404, and her own likes go unannounced", async () => {
    const { highlightId, noteId } = await createNote(db, article, alice, "public", "a note to like");
    const reply = (await createNoteReply({ db, actor: bob, id: highlightId, body: "a reply to like" })).comment;
    await updateHighlight({ db, actor: alice, id: highlightId, input: { visibility: "private" } });
    const eventsBefore = await db.articleEvent.count({ where: { articleId: article.id } });

    for (const id of [noteId, reply.id]) {
      await expect(setLike({ db, actor: bob, id, liked: true })).rejects.toMatchObject({ code: "not_found" });
      await expect(setLike({ db, actor: carol, id, liked: false })).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await db.commentLike.count({ where: { commentId: { in: [noteId, reply.id] } } })).toBe(0);

    expect(await setLike({ db, actor: alice, id: noteId, liked: true })).toEqual({ likeCount: 1, likedByMe: true });
    expect(await setLike({ db, actor: alice, id: reply.id, liked: true })).toEqual({ likeCount: 1, likedByMe: true });
    expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(eventsBefore);
  });

  it("does not acknowledge someone else's held comment", async () => {
    const { id } = await post(alice, 3);
    await db.comment.update({ where: { id }, data: { status: "HIDDEN" } });
    await expect(setLike({ db, actor: bob, id, liked: true })).rejects.toMatchObject({ code: "not_found" });
    await expect(setLike({ db, actor: alice, id, liked: true })).rejects.toMatchObject({ code: "conflict" });
  });
});
