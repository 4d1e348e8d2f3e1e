import "server-only";
import { documentText } from "@/lib/anchoring/document-text";
import { reanchor } from "@/lib/anchoring/reanchor";
import { createSelectors } from "@/lib/anchoring/selectors";
import type { Block } from "@/lib/anchoring/types";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * After the article's text changed (a revised text was imported), finds every
 * highlight again in the new text, inside the import's transaction
 * (lib/anchoring reanchor: position, then quote, then fuzzy). One that is found
 * gets fresh selectors and anchors, and stops being an orphan if it was one;
 * one that is not becomes an orphan and keeps the selectors it last had, so a
 * later revision can still find it (even one that restores the very text it
 * was made on). Nothing is deleted. Anchored highlights already resolved
 * against this text (by digest) are left alone.
 */
export async function reanchorArticleHighlights(
  tx: Prisma.TransactionClient,
  options: { articleId: string; sourceDigest: string; blocks: readonly Block[]; now: Date },
): Promise<void> {
  const highlights = await tx.highlight.findMany({
    where: { articleId: options.articleId, OR: [{ anchoredDigest: { not: options.sourceDigest } }, { orphanedAt: { not: null } }] },
    select: { id: true, exact: true, prefix: true, suffix: true, start: true, end: true, startAnchor: true, endAnchor: true, orphanedAt: true },
  });
  if (highlights.length === 0) return;
  const doc = documentText(options.blocks);
  for (const highlight of highlights) {
    const result = reanchor(doc, {
      quote: { type: "TextQuoteSelector", exact: highlight.exact, prefix: highlight.prefix, suffix: highlight.suffix },
      position: { type: "TextPositionSelector", start: highlight.start, end: highlight.end },
      startAnchor: highlight.startAnchor,
      endAnchor: highlight.endAnchor,
    });
    if (result.status === "orphan") {
      if (highlight.orphanedAt === null) await tx.highlight.update({ where: { id: highlight.id }, data: { orphanedAt: options.now } });
      continue;
    }
    const { quote, position, startAnchor, endAnchor } = createSelectors(doc, result.start, result.end);
    await tx.highlight.update({
      where: { id: highlight.id },
      data: {
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start: position.start,
        end: position.end,
        startAnchor,
        endAnchor,
        orphanedAt: null,
        anchoredDigest: options.sourceDigest,
      },
    });
  }
}
