import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createReaders, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { createUserWithRole } from "@/lib/moderation/moderation-fixtures";
import { countModerationQueue } from "@/lib/moderation/queue-counts";
import { reportComment } from "@/lib/moderation/report-comment";
import { createIsolatedDatabase } from "@/lib/testing/isolated-database";

// Counts are site-wide, so this file has a database of its own.
let db: PrismaClient;
let article: TestArticle;
let moderator: ActiveUser;

async function post(body: string) {
  return (await createComment({ db, actor: await createReader(db), slug: article.slug, anchor: paragraphAnchor(article, 0), body })).comment;
}

beforeAll(async () => {
  db = createDbClient(await createIsolatedDatabase(inject("databaseUrl")));
  article = await createTestArticle(db, "queue-counts-test");
  moderator = await createUserWithRole(db, "MODERATOR", "版主");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("countModerationQueue against PostgreSQL", { timeout: 30_000 }, () => {
  it("counts what waits in each tab, and is for moderators only", async () => {
    expect(await countModerationQueue({ db, actor: moderator })).toEqual({ pending: 0, reported: 0, hidden: 0 });

    const reported = await post("被举报一次");
    const hidden = await post("被举报三次");
    const readers = await createReaders(db, ["甲", "乙", "丙"]);
    await reportComment({ db, actor: readers[0]!, commentId: reported.id, reason: "SPAM" });
    for (const reader of readers) await reportComment({ db, actor: reader, commentId: hidden.id, reason: "ABUSE" });
    expect(await countModerationQueue({ db, actor: moderator })).toEqual({ pending: 0, reported: 2, hidden: 1 });

    await moderateComments({ db, actor: moderator, commentIds: [hidden.id], action: "restore" });
    expect(await countModerationQueue({ db, actor: moderator })).toEqual({ pending: 0, reported: 1, hidden: 0 });

    await expect(countModerationQueue({ db, actor: readers[0]! })).rejects.toMatchObject({ code: "forbidden" });
  });
});
