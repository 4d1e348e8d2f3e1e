import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { blockAnchors } from "@/lib/articles/block-anchors";
import { parseSeedArticle, publicationDate } from "@/lib/articles/parse-seed-article";
import { reanchorArticleHighlights } from "@/lib/highlights/reanchor-highlights";

export type ImportArticleOptions = {
  db: PrismaClient;
  slug: string;
  source: string;
  /** The year the source page was captured; the page itself never says. */
  captureYear: number;
};

export type ImportOutcome = "created" | "updated" | "unchanged";

// Re-anchoring runs inside the import's transaction, one update per
// highlight: thousands of them outlast the client's default of 15 s.
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Imports (or re-imports) an article idempotently. Blocks are matched by their
 * content-derived anchor, so a block that survives a revision keeps its row;
 * blocks that disappear are marked removed, never deleted, so nothing attached
 * to them is lost. Views counted so far are kept. Every highlight is
 * re-anchored in the new text in the same transaction (orphans are kept).
 */
export async function importArticle({ db, slug, source, captureYear }: ImportArticleOptions): Promise<ImportOutcome> {
  const sourceDigest = createHash("sha256").update(source).digest("hex");
  const existing = await db.article.findUnique({ where: { slug }, select: { id: true, sourceDigest: true } });
  if (existing?.sourceDigest === sourceDigest) return "unchanged";

  const parsed = parseSeedArticle(source);
  const anchors = blockAnchors(parsed.blocks.map((block) => block.text));
  const fields = {
    title: parsed.title,
    subtitle: parsed.subtitle,
    bylineSource: parsed.bylineSource,
    isOriginal: parsed.isOriginal,
    publishedAt: publicationDate(parsed, captureYear),
    baseViews: parsed.baseViews,
    sourceDigest,
  };

  await db.$transaction(async (tx) => {
    const article = await tx.article.upsert({ where: { slug }, create: { slug, ...fields }, update: fields });
    await tx.block.updateMany({
      where: { articleId: article.id, anchor: { notIn: anchors }, removedAt: null },
      data: { removedAt: new Date() },
    });
    for (const [position, block] of parsed.blocks.entries()) {
      const anchor = anchors[position] ?? "";
      const data = { position, kind: block.kind, label: block.label, text: block.text, removedAt: null };
      await tx.block.upsert({
        where: { articleId_anchor: { articleId: article.id, anchor } },
        create: { articleId: article.id, anchor, ...data },
        update: data,
      });
    }
    await tx.relatedArticle.deleteMany({ where: { articleId: article.id } });
    await tx.relatedArticle.createMany({
      data: parsed.related.map((item, position) => ({ articleId: article.id, position, ...item })),
    });
    const blocks = parsed.blocks.map((block, position) => ({ anchor: anchors[position] ?? "", text: block.text }));
    await reanchorArticleHighlights(tx, { articleId: article.id, sourceDigest, blocks, now: new Date() });
  }, { timeout: IMPORT_TIMEOUT_MS });
  return existing ? "updated" : "created";
}
