"use client";

import { useEffect, useEffectEvent, useState } from "react";
import {
  ARTICLE_EVENT_TYPES,
  STREAM_READY,
  STREAM_RESYNC,
  type ArticleEventPayloads,
  type ArticleEventType,
  type StreamResync,
} from "@/lib/realtime/article-event-types";
import { articleEventsUrl, createEventCursor } from "@/lib/realtime/event-cursor";

export type ArticleEventHandlers = {
  [Type in ArticleEventType]?: (payload: ArticleEventPayloads[Type], eventId: string) => void;
} & {
  /** Events were missed beyond what the server replays: reload counts and open threads. */
  resync?: (reason: StreamResync["reason"]) => void;
};

export type ArticleEventsState = "connecting" | "open" | "reconnecting";

const RECREATE_FIRST_MS = 1_000;
const RECREATE_MAX_MS = 30_000;

/**
 * Live comment events of an article's page over Server-Sent Events. Each event
 * is handed to its handler once, in order, across reconnects: the browser
 * resumes with Last-Event-ID by itself, and when it gives up (the server
 * answered an error) the stream is re-created here with ?lastEventId=.
 */
export function useArticleEvents(slug: string, handlers: ArticleEventHandlers): ArticleEventsState {
  // Keyed by slug so that a new article starts as "connecting" without a reset in the effect.
  const [connection, setConnection] = useState<{ slug: string; state: ArticleEventsState }>({ slug, state: "connecting" });

  const dispatch = useEffectEvent((type: ArticleEventType, data: string, eventId: string) => {
    const handler = handlers[type] as ((payload: unknown, id: string) => void) | undefined;
    handler?.(JSON.parse(data) as unknown, eventId);
  });
  const resync = useEffectEvent((reason: StreamResync["reason"]) => handlers.resync?.(reason));

  useEffect(() => {
    const cursor = createEventCursor();
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | null = null;
    let failures = 0;
    const report = (state: ArticleEventsState) => setConnection({ slug, state });

    const open = () => {
      const current = new EventSource(articleEventsUrl(slug, cursor.lastId));
      source = current;
      current.onopen = () => report("open");
      current.onerror = () => {
        report("reconnecting");
        // CONNECTING: the browser retries by itself, sending Last-Event-ID.
        if (current.readyState !== EventSource.CLOSED) return;
        current.close();
        const delay = Math.min(RECREATE_MAX_MS, RECREATE_FIRST_MS * 2 ** failures) * (0.5 + Math.random() / 2);
        failures += 1;
        retry = setTimeout(open, delay);
      };
      current.addEventListener(STREAM_READY, (event) => {
        failures = 0;
        cursor.start(event.lastEventId);
      });
      current.addEventListener(STREAM_RESYNC, (event) => {
        cursor.reset(event.lastEventId);
        resync((JSON.parse(event.data) as StreamResync).reason);
      });
      for (const type of ARTICLE_EVENT_TYPES) {
        current.addEventListener(type, (event) => {
          if (cursor.accept(event.lastEventId)) dispatch(type, event.data, event.lastEventId);
        });
      }
    };

    open();
    return () => {
      if (retry) clearTimeout(retry);
      source?.close();
    };
  }, [slug]);

  return connection.slug === slug ? connection.state : "connecting";
}
