import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StoredArticleEvent } from "@/lib/realtime/article-event-log";
import type { ArticleEventHub } from "@/lib/realtime/event-hub";

/** Helpers for the realtime database tests (not shipped: only *.test.ts import this). */

let serial = 0;

export async function createTestArticle(db: PrismaClient, prefix: string): Promise<string> {
  serial += 1;
  const article = await db.article.create({
    data: {
      slug: `${prefix}-${Date.now().toString(36)}-${serial}`,
      title: "实时事件测试",
      bylineSource: "测试",
      publishedAt: new Date("2023-11-20T00:00:00Z"),
      sourceDigest: "test",
    },
    select: { id: true },
  });
  return article.id;
}

/** Waits for a condition polled every 10 ms; fails with `what` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Subscribes to the hub and records what it delivers. */
export async function recordHub(hub: ArticleEventHub, articleId: string) {
  const events: StoredArticleEvent[] = [];
  let interrupted = false;
  const unsubscribe = await hub.subscribe(articleId, {
    onEvent: (event) => events.push(event),
    onInterrupted: () => {
      interrupted = true;
    },
  });
  return {
    events,
    get interrupted() {
      return interrupted;
    },
    unsubscribe,
    waitForCount: (count: number) => waitUntil(() => events.length >= count, `${count} event(s)`),
  };
}

export type SseMessage = { id: string | null; event: string; data: string };

/** Reads an SSE body message by message, parsed as EventSource would (comments and retry skipped). */
export function sseReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  let raw = "";
  let done = false;

  function takeMessage(): SseMessage | null {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end === -1) return null;
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: SseMessage = { id: null, event: "message", data: "" };
      const data: string[] = [];
      for (const line of block.split("\n")) {
        if (line.startsWith(":")) continue;
        const colon = line.indexOf(":");
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? "" : line.slice(colon + 1).replace(/^ /, "");
        if (field === "id") message.id = value;
        else if (field === "event") message.event = value;
        else if (field === "data") data.push(value);
      }
      if (data.length === 0) continue;
      message.data = data.join("\n");
      return message;
    }
  }

  /** Reads one more chunk; false when the stream has ended. */
  async function pull(deadline: number): Promise<boolean> {
    if (done) return false;
    const remaining = deadline - Date.now();
    if (remaining <= 0) throw new Error("timed out waiting for the event stream");
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<"timeout">((resolve) => {
      timer = setTimeout(() => resolve("timeout"), remaining);
    });
    const chunk = await Promise.race([reader.read(), timeout]);
    clearTimeout(timer);
    if (chunk === "timeout") throw new Error("timed out waiting for the event stream");
    if (chunk.done) {
      done = true;
      return false;
    }
    const text = decoder.decode(chunk.value, { stream: true });
    buffer += text;
    raw += text;
    return true;
  }

  return {
    /** The next message, or null when the stream ended. */
    async next(timeoutMs = 5_000): Promise<SseMessage | null> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = takeMessage();
        if (message) return message;
        if (!(await pull(deadline))) return null;
      }
    },
    /** Reads until the raw text (comments and retry lines included) contains `text`. */
    async waitForText(text: string, timeoutMs = 5_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!raw.includes(text)) {
        if (!(await pull(deadline))) throw new Error(`the stream ended without ${JSON.stringify(text)}`);
      }
    },
    /** Everything received so far, comments and retry lines included. */
    get raw() {
      return raw;
    },
    cancel: () => reader.cancel(),
  };
}
