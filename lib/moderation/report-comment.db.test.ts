import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { listThreads } from "@/lib/discussion/list-threads";
import { auditTrail } from "@/lib/moderation/moderation-fixtures";
import { reportComment } from "@/lib/moderation/report-comment";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let author: ActiveUser;
let readers: ActiveUser[];

// A new writer per comment: the per-user rate limits and the repeated-body check do not come into play.
async function post(anchor: string, body: string, parentId?: string, actor?: ActiveUser) {
  return (await createComment({ db, actor: actor ?? (await createReader(db)), slug: article.slug, anchor, parentId, body })).comment;
}

beforeAll(async () => {
  article = await createTestArticle(db, "moderation-report-test");
  [author, ...readers] = await createReaders(db, ["作者", "读者一", "读者二", "读者三", "读者四"]);
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("reportComment against PostgreSQL", { timeout: 30_000 }, () => {
  it("counts reports and hides a published comment at the threshold, as the system, keeping replyCount right", async () => {
    const anchor = paragraphAnchor(article, 0);
    const root = await post(anchor, "根评论");
    const reply = await post(anchor, "要被举报的回复", root.id);
    const [first, second, third] = readers as [ActiveUser, ActiveUser, ActiveUser];

    expect(await reportComment({ db, actor: first, commentId: reply.id, reason: "SPAM" })).toEqual({ reportCount: 1, hidden: false });
    expect(await reportComment({ db, actor: second, commentId: reply.id, reason: "ABUSE" })).toEqual({ reportCount: 2, hidden: false });
    expect(await reportComment({ db, actor: third, commentId: reply.id, reason: "OTHER", details: "  广告链接 " })).toEqual({ reportCount: 3, hidden: true });

    const hidden = await db.comment.findUniqueOrThrow({ where: { id: reply.id } });
    expect(hidden).toMatchObject({ status: "HIDDEN", reportCount: 3 });
    expect(hidden.moderationFlags).toEqual([expect.objectContaining({ kind: "reports", count: 3, reasons: expect.arrayContaining(["SPAM", "ABUSE", "OTHER"]) })]);
    expect((await db.comment.findUniqueOrThrow({ where: { id: root.id } })).replyCount).toBe(0);
    expect((await db.report.findFirstOrThrow({ where: { commentId: reply.id, reason: "OTHER" } })).details).toBe("广告链接");

    await expect(reportComment({ db, actor: first, commentId: reply.id, reason: "SPAM" })).rejects.toMatchObject({ code: "already_reported" });
    await expect(reportComment({ db, actor: readers[3]!, commentId: reply.id, reason: "SPAM" })).rejects.toMatchObject({ code: "not_found" });

    const [hide] = await auditTrail(db, reply.id);
    expect(hide).toMatchObject({ actorId: null, actorLabel: "system", action: "comment.hide", targetType: "comment" });

    // Other readers no longer see it; a live event told their open threads.
    const page = await listThreads({ db, slug: article.slug, anchor, sort: "oldest", limit: 10, viewer: first });
    expect(page.threads[0]?.replies).toEqual([]);
    const event = await db.articleEvent.findFirstOrThrow({ where: { articleId: article.id, type: "comment.updated" }, orderBy: { id: "desc" } });
    expect(event.payload).toMatchObject({ comment: { id: reply.id, status: "hidden", body: null } });
  });

  it("takes one report per reader, none on one's own comment, and details with OTHER", async () => {
    const comment = await post(paragraphAnchor(article, 1), "一条评论", undefined, author);
    const [reader] = readers as [ActiveUser];
    await reportComment({ db, actor: reader, commentId: comment.id, reason: "OFF_TOPIC" });
    await expect(reportComment({ db, actor: reader, commentId: comment.id, reason: "SPAM" })).rejects.toMatchObject({ code: "already_reported" });
    await expect(reportComment({ db, actor: author, commentId: comment.id, reason: "SPAM" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(reportComment({ db, actor: readers[1]!, commentId: comment.id, reason: "OTHER", details: " " })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { details: ["required"] },
    });
    await expect(reportComment({ db, actor: reader, commentId: "cnosuchcomment000000000000", reason: "SPAM" })).rejects.toMatchObject({ code: "not_found" });
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ reportCount: 1, status: "PUBLISHED" });
    expect(await db.report.count({ where: { commentId: comment.id } })).toBe(1);
  });

  it("counts simultaneous reports by the same reader once", async () => {
    const comment = await post(paragraphAnchor(article, 2), "并发举报");
    const [reader] = readers as [ActiveUser];
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => reportComment({ db, actor: reader, commentId: comment.id, reason: "SPAM" })));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).reportCount).toBe(1);
  });
});
