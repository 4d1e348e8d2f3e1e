import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { importArticle } from "@/lib/articles/import-article";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/demo-discussion";
import { seedDemoDiscussion } from "@/lib/demo/seed-demo-discussion";

const db = createDbClient(inject("databaseUrl"));
const slug = "demo-seed-test";
const source = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const demoUsers = { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } };

describe("seedDemoDiscussion against PostgreSQL", () => {
  beforeAll(async () => {
    await db.article.deleteMany({ where: { slug } });
    await importArticle({ db, slug, source, captureYear: 2023 });
  });
  afterAll(async () => {
    await db.user.deleteMany({ where: demoUsers });
    await db.$disconnect();
  });

  it("stores the planned discussion, consistent with the services' counters", async () => {
    const result = await seedDemoDiscussion(db, { slug, comments: 400, reset: true });
    expect(result).toMatchObject({ outcome: "seeded", users: 40, comments: 400 });
    if (result.outcome !== "seeded") return;

    const article = await db.article.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(400);
    expect(await db.commentLike.count({ where: { comment: { articleId: article.id } } })).toBe(result.likes);
    expect(await db.commentRevision.count({ where: { comment: { articleId: article.id } } })).toBe(result.revisions);

    // likeCount and replyCount agree with the rows they count, as the services keep them.
    const drift = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Comment" c
      WHERE c."articleId" = ${article.id} AND (
        c."likeCount" <> (SELECT count(*) FROM "CommentLike" l WHERE l."commentId" = c.id)
        OR c."replyCount" <> (
          SELECT count(*) FROM "Comment" r
          WHERE r.status = 'PUBLISHED' AND (CASE WHEN c.depth = 0 THEN r."rootId" = c.id ELSE r."parentId" = c.id END)))`;
    expect(Number(drift[0]?.n)).toBe(0);

    // Every anchor is a block of the article (or null for the article-wide discussion).
    const anchors = await db.comment.findMany({ where: { articleId: article.id }, distinct: ["anchor"], select: { anchor: true } });
    const blockAnchors = new Set((await db.block.findMany({ where: { articleId: article.id }, select: { anchor: true } })).map((block) => block.anchor));
    expect(anchors.every(({ anchor }) => anchor === null || blockAnchors.has(anchor))).toBe(true);
  });

  it("leaves existing demo data alone without reset, and replaces it with reset", async () => {
    expect(await seedDemoDiscussion(db, { slug, comments: 50, reset: false })).toEqual({ outcome: "already_seeded", users: 40 });
    const replaced = await seedDemoDiscussion(db, { slug, comments: 50, reset: true, seed: 3 });
    expect(replaced).toMatchObject({ outcome: "seeded", comments: 50, removed: 40 });
    expect(await db.comment.count({ where: { article: { slug } } })).toBe(50);
    expect(await db.user.count({ where: demoUsers })).toBe(40);
  });

  it("refuses an unknown article", async () => {
    await expect(seedDemoDiscussion(db, { slug: "no-such-article", comments: 10, reset: false })).rejects.toThrow(/no article/);
  });
});
