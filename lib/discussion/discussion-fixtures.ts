import { readFileSync } from "node:fs";
import path from "node:path";
import { importArticle } from "@/lib/articles/import-article";
import { authorize, type ActiveUser } from "@/lib/auth/authorize";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { currentDocument, rangeIn, selectorsAt } from "@/lib/highlights/highlight-fixtures";

/** Test data for the discussion's database tests: real rows, no stand-ins. */

const seed = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");

export type TestArticle = {
  slug: string;
  id: string;
  /** Anchors of a few blocks by kind. */
  paragraphs: string[];
  heading: string;
  figure: string;
  disclaimer: string;
};

/** The seed article under its own slug, so test files never share a discussion. */
export async function createTestArticle(db: PrismaClient, slug: string): Promise<TestArticle> {
  await importArticle({ db, slug, source: seed, captureYear: 2023 });
  const article = await db.article.findUniqueOrThrow({
    where: { slug },
    select: { id: true, blocks: { orderBy: { position: "asc" }, select: { anchor: true, kind: true } } },
  });
  const of = (kind: string) => article.blocks.filter((block) => block.kind === kind).map((block) => block.anchor);
  const [heading] = of("HEADING");
  const [figure] = of("FIGURE");
  const [disclaimer] = of("DISCLAIMER");
  if (!heading || !figure || !disclaimer) throw new Error("the seed article lacks a heading, figure or disclaimer");
  return { slug, id: article.id, paragraphs: of("PARAGRAPH"), heading, figure, disclaimer };
}

/** The anchor of the article's paragraph number `index` (0-based). */
export function paragraphAnchor(article: TestArticle, index: number): string {
  const anchor = article.paragraphs[index];
  if (!anchor) throw new Error(`no paragraph ${index}`);
  return anchor;
}

let sequence = 0;

/** A signed-in reader in good standing, as requireUser() would hand it to a service. */
export async function createReader(db: PrismaClient, name: string | null = `reader-${++sequence}-${Date.now().toString(36)}`): Promise<ActiveUser> {
  const user = await db.user.create({
    data: { name },
    select: { id: true, name: true, image: true, role: true, status: true, suspendedUntil: true },
  });
  return authorize(user, new Date());
}

/** Several readers at once, one per name, in order. */
export async function createReaders<const Names extends readonly string[]>(
  db: PrismaClient,
  names: Names,
): Promise<{ [K in keyof Names]: ActiveUser }> {
  return (await Promise.all(names.map((name) => createReader(db, name)))) as { [K in keyof Names]: ActiveUser };
}

let noteOffset = 0;

/**
 * A highlight of a fresh stretch of the article's last paragraph with a note
 * (its thread's root comment) by `actor`; returns the highlight's and the
 * note's ids.
 */
export async function createNote(
  db: PrismaClient,
  article: TestArticle,
  actor: ActiveUser,
  visibility: "private" | "public",
  note: string,
): Promise<{ highlightId: string; noteId: string }> {
  const doc = await currentDocument(db, article.slug);
  const { start, end } = rangeIn(doc, paragraphAnchor(article, article.paragraphs.length - 1), noteOffset, 3);
  noteOffset += 3;
  const highlight = await createHighlight({ db, actor, slug: article.slug, input: { selectors: selectorsAt(doc, start, end), visibility, note } });
  if (!highlight.note) throw new Error("the note was not created");
  return { highlightId: highlight.id, noteId: highlight.note.id };
}
