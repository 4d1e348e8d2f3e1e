import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createNote, createReader, createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { listThreads } from "@/lib/discussion/list-threads";
import { createNoteReply } from "@/lib/highlights/note-thread";
import { updateHighlight } from "@/lib/highlights/update-highlight";
import { listAuditLog } from "@/lib/moderation/audit-log-query";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { auditTrail, createUserWithRole } from "@/lib/moderation/moderation-fixtures";
import { reportComment } from "@/lib/moderation/report-comment";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let author: ActiveUser;
let reader: ActiveUser;
let moderator: ActiveUser;

// A new writer per comment: the per-user rate limits and the repeated-body check do not come into play.
async function post(anchor: string, body: string, parentId?: string, actor?: ActiveUser) {
  return (await createComment({ db, actor: actor ?? (await createReader(db)), slug: article.slug, anchor, parentId, body })).comment;
}

async function replyCounts(...ids: string[]) {
  const rows = await db.comment.findMany({ where: { id: { in: ids } }, select: { id: true, replyCount: true } });
  return ids.map((id) => rows.find((row) => row.id === id)?.replyCount);
}

async function statusOf(id: string) {
  return (await db.comment.findUniqueOrThrow({ where: { id } })).status;
}

beforeAll(async () => {
  article = await createTestArticle(db, "moderation-actions-test");
  [author, reader] = await createReaders(db, ["作者", "读者"]);
  moderator = await createUserWithRole(db, "MODERATOR", "版主");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("moderateComments against PostgreSQL", { timeout: 30_000 }, () => {
  it("answers for a private note's comments exactly as for unknown ids, and changes nothing", async () => {
    const { highlightId, noteId } = await createNote(db, article, author, "public", "公开一会儿");
    const reply = (await createNoteReply({ db, actor: reader, id: highlightId, body: "回复笔记" })).comment;
    await moderateComments({ db, actor: moderator, commentIds: [reply.id], action: "reject", reason: "先删" });
    await updateHighlight({ db, actor: author, id: highlightId, input: { visibility: "private" } });
    const before = await db.comment.findMany({ where: { id: { in: [noteId, reply.id] } }, orderBy: { id: "asc" } });
    const audits = await db.auditLogEntry.count({ where: { targetId: { in: [noteId, reply.id] } } });

    for (const [action, reason] of [["reject", "私密"], ["restore", undefined], ["lock", undefined], ["mark_reviewed", undefined]] as const) {
      const outcomes = await moderateComments({ db, actor: moderator, commentIds: [noteId, reply.id, "cnosuchcomment000000000000"], action, reason });
      expect(outcomes.map(({ outcome, status }) => ({ outcome, status }))).toEqual(Array(3).fill({ outcome: "not_found", status: null }));
    }
    expect(await db.comment.findMany({ where: { id: { in: [noteId, reply.id] } }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.auditLogEntry.count({ where: { targetId: { in: [noteId, reply.id] } } })).toBe(audits);
  });

  it("rejects with a reason and restores, keeping every ancestor's replyCount and auditing both", async () => {
    const anchor = paragraphAnchor(article, 0);
    const root = await post(anchor, "根");
    const middle = await post(anchor, "中间", root.id);
    const leaf = await post(anchor, "叶", middle.id, author);
    expect(await replyCounts(root.id, middle.id)).toEqual([2, 1]);

    const [rejected] = await moderateComments({ db, actor: moderator, commentIds: [leaf.id], action: "reject", reason: "人身攻击" });
    expect(rejected).toEqual({ id: leaf.id, outcome: "done", status: "rejected" });
    expect(await db.notification.count({ where: { commentId: leaf.id } })).toBe(0);
    expect(await replyCounts(root.id, middle.id)).toEqual([1, 0]);
    expect(await db.comment.findUniqueOrThrow({ where: { id: leaf.id } })).toMatchObject({ moderationReason: "人身攻击", moderatedById: moderator.id });

    // Its author sees that it was removed and why; another reader sees nothing of it.
    const forAuthor = await listThreads({ db, slug: article.slug, anchor, sort: "oldest", limit: 10, viewer: author });
    expect(forAuthor.threads[0]?.replies.find((reply) => reply.id === leaf.id)).toMatchObject({ status: "rejected", moderationReason: "人身攻击", body: "叶" });
    const forReader = await listThreads({ db, slug: article.slug, anchor, sort: "oldest", limit: 10, viewer: reader });
    expect(forReader.threads[0]?.replies.map((reply) => reply.id)).toEqual([middle.id]);

    const [restored] = await moderateComments({ db, actor: moderator, commentIds: [leaf.id], action: "restore" });
    expect(restored).toEqual({ id: leaf.id, outcome: "done", status: "published" });
    expect(await db.notification.count({ where: { commentId: leaf.id } })).toBe(1);
    expect(await replyCounts(root.id, middle.id)).toEqual([2, 1]);
    expect(await db.comment.findUniqueOrThrow({ where: { id: leaf.id } })).toMatchObject({ moderationReason: null });

    const trail = await auditTrail(db, leaf.id);
    expect(trail.map((entry) => [entry.action, entry.actorId, entry.reason])).toEqual([
      ["comment.reject", moderator.id, "人身攻击"],
      ["comment.restore", moderator.id, null],
    ]);
    expect(trail[0]?.before).toMatchObject({ status: "PUBLISHED" });
    expect(trail[0]?.after).toMatchObject({ status: "REJECTED" });
    const events = await db.articleEvent.findMany({ where: { articleId: article.id, type: "comment.updated" }, orderBy: { id: "desc" }, take: 2 });
    expect(events.map((event) => (event.payload as { comment: { status: string } }).comment.status)).toEqual(["published", "rejected"]);
  });

  it("approves a held comment, announcing it like a new one", async () => {
    const anchor = paragraphAnchor(article, 1);
    const root = await post(anchor, "根");
    const held = await post(anchor, "待审", root.id);
    // Held as pre-moderation would hold it: not counted by its ancestors, nobody notified.
    await db.comment.update({ where: { id: held.id }, data: { status: "PENDING" } });
    await db.comment.update({ where: { id: root.id }, data: { replyCount: 0 } });
    await db.notification.deleteMany({ where: { commentId: held.id } });

    expect(await db.notification.count({ where: { commentId: held.id } })).toBe(0);

    const results = await moderateComments({ db, actor: moderator, commentIds: [held.id, root.id], action: "approve" });
    expect(results).toEqual([
      { id: held.id, outcome: "done", status: "published" },
      { id: root.id, outcome: "unchanged", status: "published" },
    ]);
    expect(await replyCounts(root.id)).toEqual([1]);
    // Whom it answers hears of it only now.
    const rootAuthor = (await db.comment.findUniqueOrThrow({ where: { id: root.id } })).authorId;
    expect(await db.notification.findMany({ where: { commentId: held.id }, select: { userId: true, kind: true } })).toEqual([{ userId: rootAuthor, kind: "REPLY" }]);
    const created = await db.articleEvent.findFirstOrThrow({ where: { articleId: article.id, type: "comment.created" }, orderBy: { id: "desc" } });
    expect(created.payload).toMatchObject({ comment: { id: held.id, status: "published", body: "待审" } });
  });

  it("marks reports reviewed, resetting the count that hides comments", async () => {
    const comment = await post(paragraphAnchor(article, 2), "被举报");
    await reportComment({ db, actor: reader, commentId: comment.id, reason: "SPAM" });
    const [result] = await moderateComments({ db, actor: moderator, commentIds: [comment.id], action: "mark_reviewed" });
    expect(result?.outcome).toBe("done");
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).reportCount).toBe(0);
    expect(await db.report.findFirstOrThrow({ where: { commentId: comment.id } })).toMatchObject({ reviewedById: moderator.id, reviewedAt: expect.any(Date) });
    expect((await moderateComments({ db, actor: moderator, commentIds: [comment.id], action: "mark_reviewed" }))[0]?.outcome).toBe("unchanged");
  });

  it("pins and locks roots only, in bulk, with an outcome per id", async () => {
    const anchor = paragraphAnchor(article, 3);
    const root = await post(anchor, "根");
    const reply = await post(anchor, "回复", root.id);
    const results = await moderateComments({ db, actor: moderator, commentIds: [root.id, reply.id, "cnosuchcomment000000000000"], action: "pin" });
    expect(results.map((result) => result.outcome)).toEqual(["done", "not_applicable", "not_found"]);
    await moderateComments({ db, actor: moderator, commentIds: [root.id], action: "lock" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({ pinnedAt: expect.any(Date), lockedAt: expect.any(Date) });
    await moderateComments({ db, actor: moderator, commentIds: [root.id], action: "unpin" });
    await moderateComments({ db, actor: moderator, commentIds: [root.id], action: "unlock" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: root.id } })).toMatchObject({ pinnedAt: null, lockedAt: null });
    expect((await auditTrail(db, root.id)).map((entry) => entry.action)).toEqual(["comment.pin", "comment.lock", "comment.unpin", "comment.unlock"]);
  });

  it("lets the audit log say where each comment it names is read", async () => {
    const admin = await createUserWithRole(db, "ADMIN", "站长");
    const anchor = paragraphAnchor(article, 2);
    const inBlock = await post(anchor, "段落里的评论");
    const articleWide = (await createComment({ db, actor: await createReader(db), slug: article.slug, anchor: null, body: "文章下的评论" })).comment;
    await moderateComments({ db, actor: moderator, commentIds: [inBlock.id, articleWide.id], action: "reject", reason: "离题" });

    const locationOf = async (id: string) => (await listAuditLog({ db, actor: admin, filter: { targetType: "comment", targetId: id } })).entries.map((entry) => entry.commentLocation);
    const where = { articleSlug: article.slug, articleTitle: expect.any(String), highlightId: null };
    expect(await locationOf(inBlock.id)).toEqual([{ ...where, anchor }]);
    expect(await locationOf(articleWide.id)).toEqual([{ ...where, anchor: null }]);
    const userEntries = (await listAuditLog({ db, actor: admin, filter: { targetType: "user" }, limit: 5 })).entries;
    expect(userEntries.every((entry) => entry.commentLocation === null)).toBe(true);
  });

  it("refuses members and a reject without a reason, changing nothing", async () => {
    const comment = await post(paragraphAnchor(article, 4), "别动我");
    await expect(moderateComments({ db, actor: reader, commentIds: [comment.id], action: "reject", reason: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(moderateComments({ db, actor: moderator, commentIds: [comment.id], action: "reject", reason: "  " })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { reason: ["required"] },
    });
    expect(await statusOf(comment.id)).toBe("PUBLISHED");
    expect(await auditTrail(db, comment.id)).toEqual([]);
  });
});

describe("what readers see of moderated threads", { timeout: 30_000 }, () => {
  it("refuses replies in a locked thread with thread_locked, at every depth", async () => {
    const anchor = paragraphAnchor(article, 5);
    const root = await post(anchor, "将被锁定");
    const reply = await post(anchor, "锁定前的回复", root.id);
    await moderateComments({ db, actor: moderator, commentIds: [root.id], action: "lock" });
    for (const parentId of [root.id, reply.id]) {
      await expect(post(anchor, "锁定后的回复", parentId)).rejects.toMatchObject({ code: "thread_locked" });
    }
    expect(await replyCounts(root.id)).toEqual([1]);
    const [thread] = (await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: null })).threads;
    expect(thread).toMatchObject({ id: root.id, locked: true, pinned: false });
  });

  it("puts pinned roots first in every sort, once", async () => {
    const anchor = paragraphAnchor(article, 6);
    const oldest = await post(anchor, "最早");
    const pinned = await post(anchor, "中间，被置顶");
    const newest = await post(anchor, "最新");
    await moderateComments({ db, actor: moderator, commentIds: [pinned.id], action: "pin" });
    const expected = { hot: [newest, oldest], newest: [newest, oldest], oldest: [oldest, newest] };
    for (const sort of ["hot", "newest", "oldest"] as const) {
      const [first, second] = expected[sort];
      const page1 = await listThreads({ db, slug: article.slug, anchor, sort, limit: 1, viewer: null });
      expect(page1.threads.map((thread) => [thread.id, thread.pinned])).toEqual([
        [pinned.id, true],
        [first?.id, false],
      ]);
      const page2 = await listThreads({ db, slug: article.slug, anchor, sort, limit: 1, cursor: page1.nextCursor ?? undefined, viewer: null });
      expect(page2.threads.map((thread) => thread.id)).toEqual([second?.id]);
    }
  });

  it("keeps a hidden root's published replies in place under a placeholder for others", async () => {
    const anchor = paragraphAnchor(article, 7);
    const root = await post(anchor, "要被拒绝的根", undefined, author);
    const reply = await post(anchor, "无辜的回复", root.id);
    await moderateComments({ db, actor: moderator, commentIds: [root.id], action: "reject", reason: "广告" });
    const [forReader] = (await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: reader })).threads;
    expect(forReader).toMatchObject({ id: root.id, status: "deleted", body: null, moderationReason: null });
    expect(forReader?.replies.map((candidate) => candidate.id)).toEqual([reply.id]);
    const [forAuthor] = (await listThreads({ db, slug: article.slug, anchor, sort: "newest", limit: 10, viewer: author })).threads;
    expect(forAuthor).toMatchObject({ id: root.id, status: "rejected", body: "要被拒绝的根", moderationReason: "广告" });
  });
});
