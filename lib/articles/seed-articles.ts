import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { importArticle, type ImportOutcome } from "@/lib/articles/import-article";
import { SEED_ARTICLES } from "@/prisma/seed/articles";

const SEED_DIRECTORY = path.join(process.cwd(), "prisma", "seed");

/** Imports every shipped article; safe to run on every start. */
export async function seedArticles(db: PrismaClient): Promise<{ slug: string; outcome: ImportOutcome }[]> {
  const results = [];
  for (const article of SEED_ARTICLES) {
    const source = await readFile(path.join(SEED_DIRECTORY, article.file), "utf8");
    const outcome = await importArticle({ db, slug: article.slug, source, captureYear: article.captureYear });
    results.push({ slug: article.slug, outcome });
  }
  return results;
}
