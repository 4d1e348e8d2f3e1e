import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleEventType } from "@/lib/realtime/article-event-types";

/** The NOTIFY channel; a notification's payload is `<articleId>:<eventId>`, never the event itself. */
export const ARTICLE_EVENTS_CHANNEL = "article_events";

// First key of the two-key advisory lock, so our per-article locks cannot collide
// with advisory locks some other feature takes on hashtext() of its own ids.
const ARTICLE_EVENT_LOCK_SPACE = 0x4d_47_45_56; // "MGEV"

export type NewArticleEvent = {
  articleId: string;
  type: ArticleEventType;
  payload: Record<string, unknown>;
};

/**
 * Records a live event inside the caller's transaction and notifies every app
 * instance once that transaction commits (a rollback publishes nothing).
 *
 * The per-article advisory lock makes this article's event ids commit in id
 * order: without it, a transaction that took id 7 could commit after one that
 * took id 8, and a client resuming after 8 would never see 7. The lock is held
 * until the transaction ends, so call this as the last statement of the
 * mutation to keep the serialised part short.
 */
export async function publishArticleEvent(tx: Prisma.TransactionClient, event: NewArticleEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ARTICLE_EVENT_LOCK_SPACE}::int4, hashtext(${event.articleId}))`;
  const row = await tx.articleEvent.create({
    // What clients receive is JSON anyway: dates become ISO strings, undefined disappears.
    data: { articleId: event.articleId, type: event.type, payload: JSON.parse(JSON.stringify(event.payload)) as Prisma.InputJsonObject },
    select: { id: true },
  });
  await tx.$executeRaw`SELECT pg_notify(${ARTICLE_EVENTS_CHANNEL}, ${`${event.articleId}:${row.id}`})`;
}
