import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { createUserWithRole } from "@/lib/moderation/moderation-fixtures";
import { listModerationQueue } from "@/lib/moderation/moderation-queue";
import { reportComment } from "@/lib/moderation/report-comment";
import { getUserModerationProfile, listUserComments } from "@/lib/moderation/user-moderation-profile";
import { setUserStanding } from "@/lib/moderation/user-standing";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let author: ActiveUser;
let reader: ActiveUser;
let moderator: ActiveUser;

// A new writer per comment: the per-user rate limits and the repeated-body check do not come into play.
async function post(anchor: string | null, body: string, parentId?: string, actor?: ActiveUser) {
  return (await createComment({ db, actor: actor ?? (await createReader(db)), slug: article.slug, anchor, parentId, body })).comment;
}

beforeAll(async () => {
  article = await createTestArticle(db, "moderation-queue-test");
  [author, reader] = await createReaders(db, ["作者", "举报者"]);
  moderator = await createUserWithRole(db, "MODERATOR", "版主");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("listModerationQueue against PostgreSQL", { timeout: 30_000 }, () => {
  it("shows a reported reply with its passage, parent, author standing, reports and flags", async () => {
    const anchor = paragraphAnchor(article, 0);
    const root = await post(anchor, "原评论", undefined, await createReader(db, "原作者"));
    const reply = await post(anchor, "被举报的回复", root.id, author);
    await reportComment({ db, actor: reader, commentId: reply.id, reason: "OTHER", details: "广告" });

    const { items } = await listModerationQueue({ db, actor: moderator, tab: "reported", limit: 100 });
    const item = items.find((candidate) => candidate.comment.id === reply.id);
    const block = await db.block.findUniqueOrThrow({ where: { articleId_anchor: { articleId: article.id, anchor } } });
    expect(item).toMatchObject({
      comment: { body: "被举报的回复", status: "published", reportCount: 1, rootId: root.id, depth: 1, moderationFlags: [] },
      article: { slug: article.slug },
      passage: { kind: "block", anchor, text: block.text },
      parent: { id: root.id, authorName: "原作者", body: "原评论" },
      author: { id: author.id, name: "作者", role: "member", status: "active", commentCounts: { published: 1 } },
      reports: [{ reason: "OTHER", details: "广告", reporterName: "举报者", reviewedAt: null }],
    });
  });

  it("lists held comments oldest first and hidden ones newest first, pages both, and drops reviewed ones from reported", async () => {
    const first = await post(null, "文章评论一");
    const second = await post(null, "文章评论二");
    // Held long ago (before anything else in the test database), the earlier one first.
    const held = async (id: string, createdAt: string) =>
      db.comment.update({ where: { id }, data: { status: "PENDING", moderationFlags: [{ kind: "pre_moderation" }], createdAt: new Date(createdAt) } });
    await held(first.id, "2001-01-01T00:00:01Z");
    await held(second.id, "2001-01-01T00:00:02Z");
    const page1 = await listModerationQueue({ db, actor: moderator, tab: "pending", limit: 1 });
    expect(page1.items.map((item) => [item.comment.id, item.comment.body, item.passage])).toEqual([[first.id, "文章评论一", { kind: "article" }]]);
    expect(page1.items[0]?.comment.moderationFlags).toEqual([{ kind: "pre_moderation" }]);
    const page2 = await listModerationQueue({ db, actor: moderator, tab: "pending", limit: 1, cursor: page1.nextCursor ?? undefined });
    expect(page2.items.map((item) => item.comment.id)).toEqual([second.id]);
    await expect(listModerationQueue({ db, actor: moderator, tab: "hidden", cursor: page1.nextCursor ?? undefined })).rejects.toMatchObject({ code: "bad_request" });

    await db.comment.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { status: "HIDDEN" } });
    // Held in 2001, these two end the hidden list, however many other test files hid.
    const hiddenIds: string[] = [];
    for (let cursor: string | undefined; ; ) {
      const page = await listModerationQueue({ db, actor: moderator, tab: "hidden", limit: 100, cursor });
      hiddenIds.push(...page.items.map((item) => item.comment.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(hiddenIds.indexOf(second.id)).toBeGreaterThanOrEqual(0);
    expect(hiddenIds.indexOf(second.id)).toBeLessThan(hiddenIds.indexOf(first.id));

    const reported = await post(paragraphAnchor(article, 1), "再被举报");
    await reportComment({ db, actor: reader, commentId: reported.id, reason: "SPAM" });
    await moderateComments({ db, actor: moderator, commentIds: [reported.id], action: "mark_reviewed" });
    const { items } = await listModerationQueue({ db, actor: moderator, tab: "reported", limit: 100 });
    expect(items.map((item) => item.comment.id)).not.toContain(reported.id);
  });

  it("shows a public note with its quote, and never a private note", async () => {
    const writer = await createReader(db, "笔记作者");
    const note = async (visibility: "PUBLIC" | "PRIVATE", body: string) => {
      const highlight = await db.highlight.create({
        data: {
          articleId: article.id,
          userId: writer.id,
          visibility,
          exact: "董事会",
          prefix: "",
          suffix: "",
          start: 0,
          end: 3,
          startAnchor: paragraphAnchor(article, 0),
          endAnchor: paragraphAnchor(article, 0),
          originalExact: "董事会",
          anchoredDigest: "test",
        },
      });
      const comment = await db.comment.create({ data: { articleId: article.id, authorId: writer.id, highlightId: highlight.id, body, status: "PENDING" } });
      return { highlight, comment };
    };
    const open = await note("PUBLIC", "公开笔记");
    const hidden = await note("PRIVATE", "私人笔记");
    const { items } = await listModerationQueue({ db, actor: moderator, tab: "pending", limit: 100 });
    const ids = items.map((item) => item.comment.id);
    expect(ids).toContain(open.comment.id);
    expect(ids).not.toContain(hidden.comment.id);
    expect(items.find((item) => item.comment.id === open.comment.id)?.passage).toEqual({ kind: "quote", exact: "董事会", highlightId: open.highlight.id });
    const ofWriter = await listUserComments({ db, actor: moderator, userId: writer.id });
    expect(ofWriter.items.map((item) => item.comment.id)).toEqual([open.comment.id]);
    await db.comment.update({ where: { id: hidden.comment.id }, data: { status: "PUBLISHED" } });
    await expect(reportComment({ db, actor: reader, commentId: hidden.comment.id, reason: "SPAM" })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is for moderators only", async () => {
    await expect(listModerationQueue({ db, actor: reader, tab: "pending" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getUserModerationProfile({ db, actor: reader, userId: author.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listUserComments({ db, actor: reader, userId: author.id })).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("user moderation profile against PostgreSQL", { timeout: 30_000 }, () => {
  it("shows a user's standing, figures, history and comments of every status", async () => {
    const [writer] = await createReaders(db, ["常客"]);
    const comment = await post(null, "要被拒绝", undefined, writer);
    await moderateComments({ db, actor: moderator, commentIds: [comment.id], action: "reject", reason: "离题" });
    // Inserted directly, a moment after the first: a second post this soon would meet the rate limit.
    const kept = await db.comment.create({ data: { articleId: article.id, authorId: writer.id, body: "留着", createdAt: new Date(Date.now() + 1000) } });
    await reportComment({ db, actor: reader, commentId: kept.id, reason: "SPAM" });
    await setUserStanding({ db, actor: moderator, userId: writer.id, action: "suspend", reason: "屡次离题" });

    const profile = await getUserModerationProfile({ db, actor: moderator, userId: writer.id });
    expect(profile).toMatchObject({
      user: { status: "suspended", suspendedUntil: null, suspensionReason: "屡次离题", commentCounts: { published: 1, rejected: 1 } },
      reportsAgainst: 1,
      history: [{ action: "user.suspend", actorId: moderator.id, reason: "屡次离题" }],
    });
    const comments = await listUserComments({ db, actor: moderator, userId: writer.id });
    expect(comments.items.map((item) => [item.comment.body, item.comment.status])).toEqual([
      ["留着", "published"],
      ["要被拒绝", "rejected"],
    ]);
    await expect(getUserModerationProfile({ db, actor: moderator, userId: "cnosuchuser00000000000000" })).rejects.toMatchObject({ code: "not_found" });
  });
});
