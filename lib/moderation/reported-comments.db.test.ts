import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { reportComment } from "@/lib/moderation/report-comment";
import { listReportedCommentIds } from "@/lib/moderation/reported-comments";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;

beforeAll(async () => {
  article = await createTestArticle(db, "reported-comments-test");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

async function post(body: string) {
  return (await createComment({ db, actor: await createReader(db), slug: article.slug, anchor: paragraphAnchor(article, 0), body })).comment;
}

describe("listReportedCommentIds against PostgreSQL", { timeout: 30_000 }, () => {
  it("names only the comments this reader reported", async () => {
    const [reader, other] = await createReaders(db, ["举报者", "旁人"]);
    const reported = await post("被我举报");
    const reportedByOther = await post("被别人举报");
    const untouched = await post("没人举报");
    await reportComment({ db, actor: reader, commentId: reported.id, reason: "SPAM" });
    await reportComment({ db, actor: other, commentId: reportedByOther.id, reason: "SPAM" });

    const ids = await listReportedCommentIds({ db, actor: reader, commentIds: [reported.id, reportedByOther.id, untouched.id, reported.id] });
    expect(ids).toEqual([reported.id]);
    expect(await listReportedCommentIds({ db, actor: reader, commentIds: [] })).toEqual([]);
  });
});
