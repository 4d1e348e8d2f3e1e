import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { importArticle } from "@/lib/articles/import-article";
import { recordArticleView } from "@/lib/articles/record-article-view";

const seed = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const db = createDbClient(inject("databaseUrl"));
const slug = "views-test";
const now = new Date("2026-12-03T12:00:00Z");

describe("recordArticleView against PostgreSQL", () => {
  beforeAll(async () => {
    await db.article.deleteMany({ where: { slug } });
    await importArticle({ db, slug, source: seed, captureYear: 2023 });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("counts nothing for requests without a visitor id, however many", async () => {
    const before = await recordArticleView({ db, slug, visitorId: null, now });
    expect(before).toMatchObject({ counted: false, retry: true });
    for (let i = 0; i < 4; i++) await recordArticleView({ db, slug, visitorId: null, now });
    expect((await recordArticleView({ db, slug, visitorId: null, now })).views).toBe(before.views);
  });

  it("counts a visitor once a day", async () => {
    const { views } = await recordArticleView({ db, slug, visitorId: null, now });
    const visitorId = "0b6f2f0e-3c1a-4d8e-9f5b-6a7c8d9e0f1a";
    expect(await recordArticleView({ db, slug, visitorId, now })).toEqual({ views: views + 1, counted: true });
    expect(await recordArticleView({ db, slug, visitorId, now })).toEqual({ views: views + 1, counted: false });
  });
});
