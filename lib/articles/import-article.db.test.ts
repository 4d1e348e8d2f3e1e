import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { importArticle } from "@/lib/articles/import-article";

const seed = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const db = createDbClient(inject("databaseUrl"));
const slug = "import-test";

async function currentBlocks() {
  return db.block.findMany({ where: { article: { slug }, removedAt: null }, orderBy: { position: "asc" } });
}

describe("importArticle against PostgreSQL", () => {
  beforeAll(async () => {
    await db.article.deleteMany({ where: { slug } });
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  it("creates the article once and is a no-op on the same text", async () => {
    expect(await importArticle({ db, slug, source: seed, captureYear: 2023 })).toBe("created");
    const first = await currentBlocks();
    expect(await importArticle({ db, slug, source: seed, captureYear: 2023 })).toBe("unchanged");
    expect(await currentBlocks()).toEqual(first);
    expect(await db.relatedArticle.count({ where: { article: { slug } } })).toBe(3);
  });

  it("keeps block rows and anchors across a revision and keeps removed blocks", async () => {
    const before = await currentBlocks();
    const firstParagraph = before[0];
    const removed = before[1];
    if (!firstParagraph || !removed) throw new Error("seed has too few blocks");
    const revised = seed.replace(`${removed.text}\n`, "").replace(firstParagraph.text, `新增的导语。\n\n${firstParagraph.text}`);

    expect(await importArticle({ db, slug, source: revised, captureYear: 2023 })).toBe("updated");
    const after = await currentBlocks();
    expect(after[0]?.text).toBe("新增的导语。");
    const survivor = after.find((block) => block.anchor === firstParagraph.anchor);
    expect(survivor?.id).toBe(firstParagraph.id);
    expect(survivor?.position).toBe(1);
    expect(after.some((block) => block.anchor === removed.anchor)).toBe(false);
    const kept = await db.block.findUnique({ where: { id: removed.id } });
    expect(kept?.removedAt).toBeInstanceOf(Date);
  });

  it("keeps counted views across re-imports", async () => {
    await db.article.update({ where: { slug }, data: { countedViews: 5 } });
    await importArticle({ db, slug, source: seed, captureYear: 2023 });
    const article = await db.article.findUniqueOrThrow({ where: { slug } });
    expect(article.countedViews).toBe(5);
    expect(article.baseViews).toBe(13_700);
  });
});
