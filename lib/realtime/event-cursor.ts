import { compareEventIds, isEventId } from "@/lib/realtime/article-event-types";

/**
 * The client's position in an article's event stream: which events it has
 * applied (every id up to `lastId`) and where a reconnect resumes. Ids only
 * grow within an article, so one number says it all.
 */
export type EventCursor = {
  readonly lastId: string | null;
  /** A stream opened at `id` (its `ready` message): start there unless already further. */
  start(id: string): void;
  /** The server moved the client to `id` (its `resync` message), even backwards. */
  reset(id: string): void;
  /** True for an event not applied yet; the cursor then moves past it. */
  accept(id: string): boolean;
};

export function createEventCursor(initial: string | null = null): EventCursor {
  let last = initial !== null && isEventId(initial) ? initial : null;
  return {
    get lastId() {
      return last;
    },
    start(id) {
      if (!isEventId(id)) return;
      if (last === null || compareEventIds(id, last) > 0) last = id;
    },
    reset(id) {
      if (isEventId(id)) last = id;
    },
    accept(id) {
      if (!isEventId(id)) return false;
      if (last !== null && compareEventIds(id, last) <= 0) return false;
      last = id;
      return true;
    },
  };
}

/** The stream's address; `lastEventId` resumes a re-created EventSource where the last one stopped. */
export function articleEventsUrl(slug: string, lastEventId: string | null): string {
  const path = `/api/v1/articles/${encodeURIComponent(slug)}/events`;
  return lastEventId === null ? path : `${path}?lastEventId=${encodeURIComponent(lastEventId)}`;
}
