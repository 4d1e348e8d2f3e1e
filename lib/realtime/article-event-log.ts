import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isArticleEventType, type ArticleEventType } from "@/lib/realtime/article-event-types";

/** An event as stored in ArticleEvent; ids travel as decimal strings (JSON has no bigint). */
export type StoredArticleEvent = {
  id: string;
  articleId: string;
  type: ArticleEventType;
  payload: unknown;
};

type EventRow = { id: bigint | string; articleId: string; type: string; payload: unknown };

export function toStoredEvent(row: EventRow): StoredArticleEvent | null {
  // A type this build does not know (written by a newer instance) is skipped, not sent untyped.
  if (!isArticleEventType(row.type)) return null;
  return { id: row.id.toString(), articleId: row.articleId, type: row.type, payload: row.payload };
}

/** The article's events after `afterId`, oldest first, at most `limit`. */
export async function listArticleEventsAfter(
  db: PrismaClient,
  options: { articleId: string; afterId: string; limit: number },
): Promise<StoredArticleEvent[]> {
  const rows = await db.articleEvent.findMany({
    where: { articleId: options.articleId, id: { gt: BigInt(options.afterId) } },
    orderBy: { id: "asc" },
    take: options.limit,
    select: { id: true, articleId: true, type: true, payload: true },
  });
  return rows.map(toStoredEvent).filter((event) => event !== null);
}

/** The id of the article's newest committed event, "0" when it has none. */
export async function latestArticleEventId(db: PrismaClient, articleId: string): Promise<string> {
  const latest = await db.articleEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" }, select: { id: true } });
  return latest ? latest.id.toString() : "0";
}
