import "server-only";
import type { PopularSegment } from "@/lib/api/highlight-schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toNeutralCommentDto } from "@/lib/discussion/comment-dto";
import type { ArticleEventPayloads } from "@/lib/realtime/article-event-types";
import { publishArticleEvent } from "@/lib/realtime/publish-article-event";
import { toHighlightDto, type HighlightRow } from "@/lib/highlights/highlight-dto";
import { findNoteRows } from "@/lib/highlights/load-notes";
import { popularSegments } from "@/lib/highlights/popular-segments";

/**
 * Live events of public highlights (highlight.created / .updated / .deleted,
 * see article-event-types.ts), published inside the write's transaction.
 */

// First key of our two-key advisory lock ("MGHL"), apart from the discussion's and the event log's.
const HIGHLIGHT_LOCK_SPACE = 0x4d_47_48_4c;

/**
 * Serialises the article's highlight writers until commit, so the shading
 * each event carries includes every change committed before it. Take it
 * first in a highlight write, before the discussion's and the event log's
 * locks, so the three are always taken in the same order.
 */
export async function lockArticleHighlights(tx: Prisma.TransactionClient, articleId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${HIGHLIGHT_LOCK_SPACE}::int4, hashtext(${articleId}))`;
}

/** The article's 热门划线 shading: public highlights anchored in the current text. */
export async function loadPopular(db: Prisma.TransactionClient, articleId: string): Promise<PopularSegment[]> {
  const spans = await db.highlight.findMany({
    where: { articleId, visibility: "PUBLIC", orphanedAt: null },
    select: { start: true, end: true, userId: true },
  });
  return popularSegments(spans);
}

/**
 * A highlight became visible to others (created public, or made public) or
 * stopped being so (made private): `highlight.updated` with visibility
 * "private" tells clients to drop it. Orphans are nobody else's business.
 */
export async function publishHighlightChanged(
  tx: Prisma.TransactionClient,
  type: "highlight.created" | "highlight.updated",
  row: HighlightRow,
): Promise<void> {
  if (row.orphanedAt !== null) return;
  const note = row.visibility === "PUBLIC" ? (await findNoteRows(tx, [row.id], null)).get(row.id) : undefined;
  const highlight = toHighlightDto(row, null, note ? toNeutralCommentDto(note) : null);
  const payload: ArticleEventPayloads[typeof type] = { highlight, popular: await loadPopular(tx, row.articleId) };
  await publishArticleEvent(tx, { articleId: row.articleId, type, payload });
}

export async function publishHighlightDeleted(tx: Prisma.TransactionClient, articleId: string, id: string): Promise<void> {
  const payload: ArticleEventPayloads["highlight.deleted"] = { id, popular: await loadPopular(tx, articleId) };
  await publishArticleEvent(tx, { articleId, type: "highlight.deleted", payload });
}
