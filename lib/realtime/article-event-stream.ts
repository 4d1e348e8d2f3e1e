import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import {
  compareEventIds,
  STREAM_READY,
  STREAM_RESYNC,
  type StreamReady,
  type StreamResync,
} from "@/lib/realtime/article-event-types";
import { latestArticleEventId, listArticleEventsAfter, type StoredArticleEvent } from "@/lib/realtime/article-event-log";
import type { ArticleEventHub } from "@/lib/realtime/event-hub";
import { sseComment, sseMessage, sseRetry } from "@/lib/realtime/sse-format";

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform keeps compression (Next's included) from buffering the stream.
  "Cache-Control": "no-cache, no-transform",
  // nginx buffers proxied responses unless told otherwise.
  "X-Accel-Buffering": "no",
} as const;

/** How many missed events a resuming client is sent; beyond that it reloads instead. */
export const REPLAY_LIMIT = 1_000;
const RECONNECT_DELAY_MS = 2_000;
const HEARTBEAT_MS = 15_000;
// A reader that stops reading is dropped (it resumes from the log when it
// comes back) instead of queueing events in this process without bound.
const MAX_QUEUED_MESSAGES = 500;

export async function findArticleIdForEvents(db: PrismaClient, slug: string): Promise<string> {
  const article = await db.article.findUnique({ where: { slug }, select: { id: true } });
  if (!article) throw new AppError("not_found", "No article with that address.");
  return article.id;
}

type Opening =
  | { kind: "ready"; startId: string; replay: StoredArticleEvent[] }
  | { kind: "resync"; startId: string; reason: StreamResync["reason"] };

/**
 * Where a stream starts. Called after subscribing, so every event is either in
 * what this reads or delivered live afterwards (or both: the stream drops
 * repeats by id).
 */
async function planOpening(db: PrismaClient, articleId: string, lastEventId: string | null, replayLimit: number): Promise<Opening> {
  const latest = await latestArticleEventId(db, articleId);
  // First connection: nothing old, but the client learns where it stands.
  if (lastEventId === null) return { kind: "ready", startId: latest, replay: [] };
  // An id this article never reached: the log was reset, or the id is not ours.
  if (compareEventIds(lastEventId, latest) > 0) return { kind: "resync", startId: latest, reason: "unknown_event_id" };
  const missed = await listArticleEventsAfter(db, { articleId, afterId: lastEventId, limit: replayLimit + 1 });
  if (missed.length > replayLimit) return { kind: "resync", startId: latest, reason: "too_many_missed" };
  return { kind: "ready", startId: lastEventId, replay: missed };
}

/**
 * The article's live events as an SSE body: subscribes first, then replays what
 * the client missed after `lastEventId`, then streams live events, each event
 * id at most once and in order. Ends when `signal` aborts, when the reader
 * cancels, or when the hub is interrupted (the client then resumes by
 * Last-Event-ID).
 */
export async function openArticleEventStream(options: {
  db: PrismaClient;
  hub: ArticleEventHub;
  articleId: string;
  lastEventId: string | null;
  signal: AbortSignal;
  replayLimit?: number;
  heartbeatMs?: number;
}): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder();
  let controller: ReadableStreamDefaultController<Uint8Array> | null = null;
  let live = false;
  let closed = false;
  let lastSentId: string | null = null;
  const early: StoredArticleEvent[] = [];
  let heartbeat: NodeJS.Timeout | null = null;
  let unsubscribe: (() => void) | null = null;

  const cleanUp = () => {
    if (closed) return;
    closed = true;
    if (heartbeat) clearInterval(heartbeat);
    unsubscribe?.();
    options.signal.removeEventListener("abort", onAbort);
  };
  const end = () => {
    const open = !closed;
    cleanUp();
    if (open && controller) {
      try {
        controller.close();
      } catch {
        // already closed by the reader
      }
    }
  };
  const onAbort = () => end();
  const write = (text: string) => {
    if (closed || !controller) return;
    if ((controller.desiredSize ?? 0) < -MAX_QUEUED_MESSAGES) {
      end();
      return;
    }
    controller.enqueue(encoder.encode(text));
  };
  const send = (event: StoredArticleEvent) => {
    if (lastSentId !== null && compareEventIds(event.id, lastSentId) <= 0) return;
    lastSentId = event.id;
    write(sseMessage({ id: event.id, event: event.type, data: event.payload }));
  };

  unsubscribe = await options.hub.subscribe(options.articleId, {
    onEvent: (event) => (live ? send(event) : early.push(event)),
    onInterrupted: () => {
      unsubscribe = null; // the hub already removed us
      end();
    },
  });
  if (options.signal.aborted) {
    cleanUp();
    throw new AppError("bad_request", "The request was aborted.");
  }
  options.signal.addEventListener("abort", onAbort);

  let opening: Opening;
  try {
    opening = await planOpening(options.db, options.articleId, options.lastEventId, options.replayLimit ?? REPLAY_LIMIT);
  } catch (error) {
    cleanUp();
    throw error;
  }

  return new ReadableStream<Uint8Array>(
    {
      start(streamController) {
        controller = streamController;
        if (closed) {
          // Interrupted or aborted while the opening was read.
          streamController.close();
          return;
        }
        write(sseRetry(RECONNECT_DELAY_MS));
        lastSentId = opening.startId;
        if (opening.kind === "resync") {
          const data: StreamResync = { lastEventId: opening.startId, reason: opening.reason };
          write(sseMessage({ id: opening.startId, event: STREAM_RESYNC, data }));
        } else {
          const data: StreamReady = { lastEventId: opening.startId };
          write(sseMessage({ id: opening.startId, event: STREAM_READY, data }));
          for (const event of opening.replay) send(event);
        }
        for (const event of early.splice(0)) send(event);
        live = true;
        heartbeat = setInterval(() => write(sseComment("keep-alive")), options.heartbeatMs ?? HEARTBEAT_MS);
      },
      cancel() {
        cleanUp();
      },
    },
    // Counted in messages, so desiredSize says how far behind the reader is.
    { highWaterMark: 16 },
  );
}
