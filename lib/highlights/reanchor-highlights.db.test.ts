import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { importArticle } from "@/lib/articles/import-article";
import { createDbClient } from "@/lib/db/create-client";
import { createReader, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { currentDocument, rangeIn, selectorsAt } from "@/lib/highlights/highlight-fixtures";
import { listMyHighlights } from "@/lib/highlights/list-my-highlights";

const seed = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let alice: ActiveUser;

async function paragraphText(index: number): Promise<string> {
  const block = await db.block.findFirstOrThrow({ where: { articleId: article.id, anchor: paragraphAnchor(article, index) } });
  return block.text;
}

/** One occurrence of `search` in `text` replaced, failing loudly when it is not exactly one. */
function replaceOnce(text: string, search: string, replacement: string): string {
  expect(text.split(search)).toHaveLength(2);
  return text.replace(search, replacement);
}

describe("re-anchoring highlights when a revised text is imported", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "reanchor-import-test");
    alice = await createReader(db, "Alice");
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("moves, re-finds, orphans and recovers highlights, never deleting one", async () => {
    const doc = await currentDocument(db, article.slug);
    const make = (paragraph: number, offset: number, length: number) => {
      const { start, end } = rangeIn(doc, paragraphAnchor(article, paragraph), offset, length);
      return createHighlight({ db, actor: alice, slug: article.slug, input: { selectors: selectorsAt(doc, start, end), visibility: "public" } });
    };
    const shifted = await make(3, 2, 8);
    const edited = await make(5, 0, 24);
    const removed = await make(7, 0, 12);

    // The revision: a new opening paragraph, one character changed inside a quote, a paragraph dropped.
    const [first, fifth, seventh] = await Promise.all([paragraphText(0), paragraphText(5), paragraphText(7)]);
    const editedQuote = edited.exact;
    const changedQuote = `${editedQuote.slice(0, 10)}某${editedQuote.slice(11)}`;
    let revised = replaceOnce(seed, first, `编者按:本文有修订。\n\n${first}`);
    revised = replaceOnce(revised, fifth, fifth.replace(editedQuote, changedQuote));
    revised = replaceOnce(revised, `${seventh}\n`, "");
    const highlightsBefore = await db.highlight.count({ where: { articleId: article.id } });

    expect(await importArticle({ db, slug: article.slug, source: revised, captureYear: 2023 })).toBe("updated");
    const newDoc = await currentDocument(db, article.slug);
    const { sourceDigest } = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const row = (id: string) => db.highlight.findUniqueOrThrow({ where: { id } });

    const moved = await row(shifted.id);
    expect(moved).toMatchObject({ exact: shifted.exact, orphanedAt: null, anchoredDigest: sourceDigest, startAnchor: shifted.startAnchor });
    expect(moved.start).toBeGreaterThan(shifted.start);
    expect(newDoc.chars.slice(moved.start, moved.end).join("")).toBe(shifted.exact);

    const refound = await row(edited.id);
    expect(refound).toMatchObject({ exact: changedQuote, originalExact: editedQuote, orphanedAt: null, anchoredDigest: sourceDigest });
    expect(newDoc.chars.slice(refound.start, refound.end).join("")).toBe(changedQuote);

    const orphan = await row(removed.id);
    expect(orphan.orphanedAt).toBeInstanceOf(Date);
    expect(orphan).toMatchObject({ exact: removed.exact, start: removed.start, originalExact: removed.exact });
    expect(orphan.anchoredDigest).not.toBe(sourceDigest);
    expect(await db.highlight.count({ where: { articleId: article.id } })).toBe(highlightsBefore);

    const mine = await listMyHighlights({ db, user: alice, limit: 10 });
    expect(mine.highlights.find((h) => h.id === removed.id)).toMatchObject({ orphaned: true, originalExact: removed.exact });

    // The paragraph comes back in a later revision: so does the highlight.
    expect(await importArticle({ db, slug: article.slug, source: seed, captureYear: 2023 })).toBe("updated");
    expect(await row(removed.id)).toMatchObject({ orphanedAt: null, start: removed.start, end: removed.end, exact: removed.exact });
    expect(await row(edited.id)).toMatchObject({ exact: editedQuote, start: edited.start });
  });
});
