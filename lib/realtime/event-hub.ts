import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { toStoredEvent, type StoredArticleEvent } from "@/lib/realtime/article-event-log";
import { ARTICLE_EVENTS_CHANNEL } from "@/lib/realtime/publish-article-event";

export type ArticleEventListener = {
  /** Called in commit order, which within one article is id order. */
  onEvent: (event: StoredArticleEvent) => void;
  /**
   * The hub lost events it cannot vouch for (its LISTEN connection dropped or a
   * load failed). The listener is already removed; its stream should end so the
   * client reconnects with Last-Event-ID and replays from the log.
   */
  onInterrupted: () => void;
};

type Pending = { articleId: string; id: string };

const RECONNECT_FIRST_MS = 100;
const RECONNECT_MAX_MS = 10_000;

/**
 * One LISTEN connection per process, fanning PostgreSQL notifications out to
 * this process's subscribers by article. Events reach subscribers only through
 * NOTIFY, never straight from the writer's memory, so every instance on the
 * database sees every event the same way. A notification carries only
 * `<articleId>:<id>`; the row is loaded once per process (batched when several
 * arrive together) on the listening connection itself.
 */
export class ArticleEventHub {
  private readonly listeners = new Map<string, Set<ArticleEventListener>>();
  private connection: Promise<pg.Client> | null = null;
  private client: pg.Client | null = null;
  private failures = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private queue: Pending[] = [];
  private draining = false;

  constructor(
    private readonly options: {
      databaseUrl: string;
      /** Shown in pg_stat_activity; tests use it to find (and cut) the connection. */
      applicationName?: string;
      log?: (message: string) => void;
    },
  ) {}

  /**
   * Registers a listener once this process is LISTENing, so anything the
   * caller reads from the log afterwards cannot fall between the read and the
   * first live event. Rejects with service_unavailable when the database
   * cannot be reached.
   */
  async subscribe(articleId: string, listener: ArticleEventListener): Promise<() => void> {
    if (this.closed) throw new AppError("service_unavailable", "Live updates are shutting down.");
    // While a reconnect is scheduled the database just failed us: answer now
    // rather than pile connection attempts onto it.
    if (this.retryTimer) throw new AppError("service_unavailable", "Live updates are reconnecting.");
    try {
      await this.connect();
    } catch {
      throw new AppError("service_unavailable", "Live updates are unavailable right now.");
    }
    let set = this.listeners.get(articleId);
    if (!set) {
      set = new Set();
      this.listeners.set(articleId, set);
    }
    set.add(listener);
    return () => this.remove(articleId, listener);
  }

  /** Subscribers across all articles (for tests and diagnostics). */
  get subscriberCount(): number {
    let count = 0;
    for (const set of this.listeners.values()) count += set.size;
    return count;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.listeners.clear();
    const client = this.client;
    this.client = null;
    this.connection = null;
    await client?.end().catch(() => {});
  }

  private remove(articleId: string, listener: ArticleEventListener) {
    const set = this.listeners.get(articleId);
    if (!set) return;
    set.delete(listener);
    if (set.size === 0) this.listeners.delete(articleId);
  }

  private connect(): Promise<pg.Client> {
    this.connection ??= this.openConnection();
    return this.connection;
  }

  private async openConnection(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.options.databaseUrl,
      application_name: this.options.applicationName ?? "marginalia-event-hub",
      // A silently dead connection would otherwise look like a quiet article forever.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    client.on("notification", (message) => this.onNotification(message));
    client.on("error", (error) => this.dropped(client, error));
    client.on("end", () => this.dropped(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(ARTICLE_EVENTS_CHANNEL)}`);
    } catch (error) {
      this.connection = null;
      this.failures += 1;
      await client.end().catch(() => {});
      this.scheduleReconnect();
      throw error;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      throw new Error("the hub was closed while connecting");
    }
    this.failures = 0;
    this.client = client;
    return client;
  }

  private dropped(client: pg.Client, error: Error | null) {
    if (this.client !== client) return;
    this.client = null;
    this.connection = null;
    this.queue = [];
    if (this.closed) return;
    this.options.log?.(`event hub: LISTEN connection lost${error ? ` (${error.message})` : ""}; reconnecting`);
    this.interrupt([...this.listeners.keys()]);
    void client.end().catch(() => {});
    this.scheduleReconnect();
  }

  private scheduleReconnect() {
    if (this.closed || this.retryTimer) return;
    const delay = Math.min(RECONNECT_MAX_MS, RECONNECT_FIRST_MS * 2 ** this.failures);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      // A failure schedules the next attempt itself.
      this.connect().catch(() => {});
    }, delay);
    this.retryTimer.unref();
  }

  private interrupt(articleIds: readonly string[]) {
    for (const articleId of articleIds) {
      const set = this.listeners.get(articleId);
      if (!set) continue;
      this.listeners.delete(articleId);
      for (const listener of set) {
        try {
          listener.onInterrupted();
        } catch (error) {
          this.options.log?.(`event hub: a listener failed on interruption: ${String(error)}`);
        }
      }
    }
  }

  private onNotification(message: pg.Notification) {
    if (message.channel !== ARTICLE_EVENTS_CHANNEL || !message.payload) return;
    const separator = message.payload.lastIndexOf(":");
    const articleId = message.payload.slice(0, separator);
    const id = message.payload.slice(separator + 1);
    if (separator <= 0 || !/^\d+$/.test(id)) return;
    // Articles nobody here is reading cost no query.
    if (!this.listeners.has(articleId)) return;
    this.queue.push({ articleId, id });
    if (!this.draining) void this.drain();
  }

  /** Loads queued events (one query per batch) and delivers them in notification order. */
  private async drain() {
    this.draining = true;
    try {
      while (this.queue.length > 0 && this.client) {
        const batch = this.queue;
        this.queue = [];
        const client = this.client;
        let rows: Map<string, StoredArticleEvent>;
        try {
          const result = await client.query<{ id: string; articleId: string; type: string; payload: unknown }>(
            `SELECT id::text AS id, "articleId", type, payload FROM "ArticleEvent" WHERE id = ANY($1::bigint[])`,
            [batch.map((pending) => pending.id)],
          );
          rows = new Map();
          for (const row of result.rows) {
            const event = toStoredEvent(row);
            if (event) rows.set(event.id, event);
          }
        } catch (error) {
          this.options.log?.(`event hub: loading events failed (${String(error)})`);
          this.interrupt([...new Set(batch.map((pending) => pending.articleId))]);
          continue;
        }
        for (const pending of batch) {
          const event = rows.get(pending.id);
          if (event) this.deliver(event);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private deliver(event: StoredArticleEvent) {
    const set = this.listeners.get(event.articleId);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener.onEvent(event);
      } catch (error) {
        this.options.log?.(`event hub: a listener failed: ${String(error)}`);
      }
    }
  }
}

// One hub per process (dev-mode reloads would otherwise open a LISTEN connection each time).
const globalForHub = globalThis as unknown as { marginaliaEventHub?: ArticleEventHub };

export function getArticleEventHub(): ArticleEventHub {
  if (!globalForHub.marginaliaEventHub) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    globalForHub.marginaliaEventHub = new ArticleEventHub({
      databaseUrl: env.DATABASE_URL,
      log: (message) => console.error(`[realtime] ${message}`),
    });
  }
  return globalForHub.marginaliaEventHub;
}
