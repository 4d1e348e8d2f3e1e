import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { countComments } from "@/lib/discussion/count-comments";
import { createComment } from "@/lib/discussion/create-comment";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { createNote, createReader, createTestArticle, type TestArticle, paragraphAnchor } from "@/lib/discussion/discussion-fixtures";
import { editComment } from "@/lib/discussion/edit-comment";
import { listThreads } from "@/lib/discussion/list-threads";
import { createNoteReply } from "@/lib/highlights/note-thread";
import { updateHighlight } from "@/lib/highlights/update-highlight";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let alice: ActiveUser;
let bob: ActiveUser;

function paragraph(index: number): string {
  return paragraphAnchor(article, index);
}

async function post(actor: ActiveUser, anchor: string, body: string, parentId?: string) {
  return (await createComment({ db, actor, slug: article.slug, anchor, parentId, body })).comment;
}

async function threads(anchor: string, viewer: ActiveUser | null = null) {
  return (await listThreads({ db, slug: article.slug, anchor, sort: "oldest", limit: 50, viewer })).threads;
}

async function lastEvent(type: string) {
  return db.articleEvent.findFirst({ where: { articleId: article.id, type }, orderBy: { id: "desc" } });
}

beforeAll(async () => {
  article = await createTestArticle(db, "discussion-edit-test");
  alice = await createReader(db, "Alice");
  bob = await createReader(db, "Bob");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("editComment against PostgreSQL", { timeout: 30_000 }, () => {
  it("changes the body, marks it edited, keeps the old text as a revision and publishes the update", async () => {
    const comment = await post(alice, paragraph(0), "first version");
    const now = new Date("2026-11-29T12:00:00.000Z");
    const edited = await editComment({ db, actor: alice, id: comment.id, body: "  second version \r\n", now });
    expect(edited).toMatchObject({ id: comment.id, body: "second version", editedAt: now.toISOString(), canEdit: true });
    const revisions = await db.commentRevision.findMany({ where: { commentId: comment.id } });
    expect(revisions.map((revision) => revision.body)).toEqual(["first version"]);
    expect((await lastEvent("comment.updated"))?.payload).toEqual({
      comment: { ...edited, canEdit: false, canDelete: false },
      counts: { anchor: paragraph(0), count: 1 },
    });

    // The same text again is not an edit.
    await editComment({ db, actor: alice, id: comment.id, body: "second version" });
    expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("lets only the author edit (403), knows no unknown ids (404) and checks the body (422)", async () => {
    const comment = await post(alice, paragraph(1), "mine");
    await expect(editComment({ db, actor: bob, id: comment.id, body: "hijacked" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(editComment({ db, actor: alice, id: "cnosuchcomment000000000000", body: "x" })).rejects.toMatchObject({ code: "not_found" });
    await expect(editComment({ db, actor: alice, id: comment.id, body: " " })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { body: ["empty"] },
    });
    await expect(editComment({ db, actor: alice, id: comment.id, body: "> ".repeat(2400) + "x" })).rejects.toMatchObject({
      code: "too_deeply_nested",
      fieldErrors: { body: ["too_deeply_nested"] },
    });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).body).toBe("mine");
  });

  it("knows no comment in someone else's private note (404), and leaves it as it was", async () => {
    const { highlightId, noteId } = await createNote(db, article, alice, "public", "public for now");
    const reply = (await createNoteReply({ db, actor: bob, id: highlightId, body: "bob's reply" })).comment;
    const aliceReply = (await createNoteReply({ db, actor: alice, id: highlightId, parentId: reply.id, body: "alice answers" })).comment;
    await updateHighlight({ db, actor: alice, id: highlightId, input: { visibility: "private" } });

    for (const id of [noteId, aliceReply.id]) {
      await expect(editComment({ db, actor: bob, id, body: "hijacked" })).rejects.toMatchObject({ code: "not_found" });
      await expect(deleteComment({ db, actor: bob, id })).rejects.toMatchObject({ code: "not_found" });
    }
    const rows = await db.comment.findMany({ where: { id: { in: [noteId, aliceReply.id] } }, select: { status: true, body: true } });
    expect(rows.map((row) => row.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
    expect(await db.commentRevision.count({ where: { commentId: { in: [noteId, aliceReply.id] } } })).toBe(0);
  });

  it("refuses to edit a deleted comment", async () => {
    const comment = await post(alice, paragraph(2), "soon gone");
    await deleteComment({ db, actor: alice, id: comment.id });
    await expect(editComment({ db, actor: alice, id: comment.id, body: "back" })).rejects.toMatchObject({ code: "conflict" });
  });

  it("applies concurrent edits one after the other, keeping every earlier text", async () => {
    const comment = await post(alice, paragraph(3), "v0");
    await Promise.all(["v1", "v2", "v3"].map((body) => editComment({ db, actor: alice, id: comment.id, body })));
    const revisions = await db.commentRevision.findMany({ where: { commentId: comment.id }, orderBy: { createdAt: "asc" } });
    const final = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    // Each revision holds the text the next edit replaced: a chain from v0 to the final text.
    expect(revisions).toHaveLength(3);
    expect(new Set([...revisions.map((revision) => revision.body), final.body])).toEqual(new Set(["v0", "v1", "v2", "v3"]));
  });
});

describe("deleteComment against PostgreSQL", { timeout: 30_000 }, () => {
  it("removes a comment without replies from listings and counts, keeping its text only as a revision", async () => {
    const anchor = paragraph(10);
    const comment = await post(alice, anchor, "<b>regret</b>");
    expect((await countComments({ db, slug: article.slug })).blocks[anchor]).toBe(1);
    await deleteComment({ db, actor: alice, id: comment.id });

    expect(await threads(anchor, alice)).toEqual([]);
    expect((await countComments({ db, slug: article.slug })).blocks[anchor]).toBe(0);
    const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
    expect(row).toMatchObject({ status: "DELETED", body: "" });
    expect(row.deletedAt).toBeInstanceOf(Date);
    expect((await db.commentRevision.findFirst({ where: { commentId: comment.id } }))?.body).toBe("<b>regret</b>");
    expect((await lastEvent("comment.deleted"))?.payload).toEqual({
      id: comment.id,
      anchor,
      rootId: comment.id,
      parentId: null,
      keepsPlaceholder: false,
      counts: { anchor, count: 0 },
    });
  });

  it("keeps a bodiless placeholder while replies hang below, and drops it with the last reply", async () => {
    const anchor = paragraph(11);
    const root = await post(alice, anchor, "root text");
    const reply = await post(bob, anchor, "reply", root.id);
    const nested = await post(alice, anchor, "nested", reply.id);

    await deleteComment({ db, actor: alice, id: root.id });
    let [thread] = await threads(anchor);
    expect(thread).toMatchObject({ id: root.id, status: "deleted", body: null, replyCount: 2, canEdit: false });
    expect(thread?.replies.map((r) => r.id)).toEqual([reply.id, nested.id]);
    expect((await lastEvent("comment.deleted"))?.payload).toMatchObject({ id: root.id, keepsPlaceholder: true, counts: { anchor, count: 2 } });

    // The middle one goes too: it stays as a placeholder because "nested" hangs below it.
    await deleteComment({ db, actor: bob, id: reply.id });
    [thread] = await threads(anchor);
    expect(thread?.replies.map((r) => [r.id, r.body])).toEqual([
      [reply.id, null],
      [nested.id, "nested"],
    ]);
    expect(thread?.replyCount).toBe(1);

    // The last published comment goes: nothing is left to show.
    await deleteComment({ db, actor: alice, id: nested.id });
    expect(await threads(anchor)).toEqual([]);
    expect((await countComments({ db, slug: article.slug })).blocks[anchor]).toBe(0);
  });

  it("lets only the author delete, and deleting twice changes nothing", async () => {
    const comment = await post(alice, paragraph(12), "stay");
    await expect(deleteComment({ db, actor: bob, id: comment.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteComment({ db, actor: bob, id: "cnosuchcomment000000000000" })).rejects.toMatchObject({ code: "not_found" });
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PUBLISHED");

    await deleteComment({ db, actor: alice, id: comment.id });
    const events = await db.articleEvent.count({ where: { articleId: article.id } });
    await deleteComment({ db, actor: alice, id: comment.id });
    expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(events);
    expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("never serves a deleted body, even to its author", async () => {
    const anchor = paragraph(13);
    const root = await post(alice, anchor, "secret");
    await post(bob, anchor, "answer", root.id);
    await deleteComment({ db, actor: alice, id: root.id });
    const [thread] = await threads(anchor, alice);
    expect(thread?.body).toBeNull();
    expect(JSON.stringify(thread)).not.toContain("secret");
  });
});
