import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { latestArticleEventId } from "@/lib/realtime/article-event-log";
import { findArticleIdForEvents, openArticleEventStream } from "@/lib/realtime/article-event-stream";
import { ArticleEventHub } from "@/lib/realtime/event-hub";
import { publishArticleEvent } from "@/lib/realtime/publish-article-event";
import { createTestArticle, sseReader } from "@/lib/realtime/realtime-test-support";

const databaseUrl = inject("databaseUrl");
const db = createDbClient(databaseUrl);
const writer = createDbClient(databaseUrl);
const hub = new ArticleEventHub({ databaseUrl, applicationName: "event-stream-test" });

async function publish(articleId: string, id: string) {
  await writer.$transaction((tx) => publishArticleEvent(tx, { articleId, type: "comment.liked", payload: { id, likeCount: 1 } }));
  return latestArticleEventId(writer, articleId);
}

async function open(articleId: string, lastEventId: string | null, extra: { replayLimit?: number; heartbeatMs?: number } = {}) {
  const abort = new AbortController();
  const stream = await openArticleEventStream({ db, hub, articleId, lastEventId, signal: abort.signal, ...extra });
  return { reader: sseReader(stream), abort };
}

const payloadId = (data: string) => (JSON.parse(data) as { id: string }).id;

describe("the article event stream", () => {
  let articleId = "";
  beforeAll(async () => {
    articleId = await createTestArticle(db, "stream");
  });
  afterAll(async () => {
    await hub.close();
    await Promise.all([db.$disconnect(), writer.$disconnect()]);
  });

  it("starts a first connection at the latest id, sends nothing old, then live events", async () => {
    const latest = await publish(articleId, "old");
    const { reader, abort } = await open(articleId, null);
    const ready = await reader.next();
    expect(ready).toEqual({ id: latest, event: "ready", data: JSON.stringify({ lastEventId: latest }) });
    expect(reader.raw.startsWith("retry: 2000\n\n")).toBe(true);

    const liveId = await publish(articleId, "live");
    const live = await reader.next();
    expect(live).toMatchObject({ id: liveId, event: "comment.liked" });
    expect(payloadId(live!.data)).toBe("live");
    abort.abort();
  });

  it("resumes after Last-Event-ID with exactly the missed events, then live ones", async () => {
    const resumeFrom = await publish(articleId, "seen");
    const missed = [await publish(articleId, "missed-1"), await publish(articleId, "missed-2")];
    const { reader, abort } = await open(articleId, resumeFrom);
    expect(await reader.next()).toMatchObject({ id: resumeFrom, event: "ready" });
    const replayed = [await reader.next(), await reader.next()];
    expect(replayed.map((message) => message?.id)).toEqual(missed);
    expect(replayed.map((message) => payloadId(message!.data))).toEqual(["missed-1", "missed-2"]);

    const liveId = await publish(articleId, "after-resume");
    const live = await reader.next();
    expect(live?.id).toBe(liveId);
    expect(payloadId(live!.data)).toBe("after-resume");
    abort.abort();
  });

  it("sends each event once while writers race the replay", async () => {
    const start = await publish(articleId, "race-start");
    // Writers commit while the stream subscribes and reads the log, so events
    // land in the replay, the live feed, or both; each must come out once.
    const writes = Promise.all(Array.from({ length: 8 }, (_, n) => publish(articleId, `race-${n}`)));
    const { reader, abort } = await open(articleId, start);
    await writes;
    const stored = await db.articleEvent.findMany({ where: { articleId, id: { gt: BigInt(start) } }, orderBy: { id: "asc" } });
    expect(await reader.next()).toMatchObject({ event: "ready" });
    const received: string[] = [];
    for (let n = 0; n < stored.length; n++) received.push((await reader.next())!.id!);
    expect(received).toEqual(stored.map((row) => row.id.toString()));
    const marker = await publish(articleId, "race-end");
    expect((await reader.next())?.id).toBe(marker);
    abort.abort();
  });

  it("asks the client to resync when more was missed than it replays", async () => {
    const from = await publish(articleId, "before-gap");
    for (let n = 0; n < 4; n++) await publish(articleId, `gap-${n}`);
    const latest = await latestArticleEventId(db, articleId);
    const { reader, abort } = await open(articleId, from, { replayLimit: 3 });
    expect(await reader.next()).toEqual({
      id: latest,
      event: "resync",
      data: JSON.stringify({ lastEventId: latest, reason: "too_many_missed" }),
    });
    const liveId = await publish(articleId, "after-resync");
    expect((await reader.next())?.id).toBe(liveId);
    abort.abort();
  });

  it("asks the client to resync when its id is beyond this article's log", async () => {
    const latest = await latestArticleEventId(db, articleId);
    const { reader, abort } = await open(articleId, (BigInt(latest) + 1000n).toString());
    expect(await reader.next()).toMatchObject({ id: latest, event: "resync", data: expect.stringContaining("unknown_event_id") });
    abort.abort();
  });

  it("sends heartbeat comments", async () => {
    const { reader, abort } = await open(articleId, null, { heartbeatMs: 50 });
    await reader.next();
    await reader.waitForText(": keep-alive\n\n", 2_000);
    abort.abort();
  });

  it("unsubscribes when the request aborts or the reader cancels", async () => {
    const before = hub.subscriberCount;
    const first = await open(articleId, null);
    const second = await open(articleId, null);
    expect(hub.subscriberCount).toBe(before + 2);
    first.abort.abort();
    await second.reader.cancel();
    expect(hub.subscriberCount).toBe(before);
    expect(await first.reader.next()).toMatchObject({ event: "ready" });
    expect(await first.reader.next()).toBeNull();
  });

  it("ends the stream when the hub loses its connection, so the client resumes from the log", async () => {
    const { reader } = await open(articleId, null);
    await reader.next();
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'event-stream-test'");
    await admin.end();
    expect(await reader.next()).toBeNull();
  });

  it("answers not_found for an unknown article", async () => {
    await expect(findArticleIdForEvents(db, "no-such-article")).rejects.toMatchObject({ code: "not_found" });
  });
});
