import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { listArticleEventsAfter } from "@/lib/realtime/article-event-log";
import { ArticleEventHub } from "@/lib/realtime/event-hub";
import { publishArticleEvent } from "@/lib/realtime/publish-article-event";
import { createTestArticle, recordHub, waitUntil } from "@/lib/realtime/realtime-test-support";

const databaseUrl = inject("databaseUrl");
// Three pools stand for three processes: one writes, two app instances listen.
const writer = createDbClient(databaseUrl);
const hubs = [
  new ArticleEventHub({ databaseUrl, applicationName: "event-hub-test-a" }),
  new ArticleEventHub({ databaseUrl, applicationName: "event-hub-test-b" }),
] as const;

function publish(articleId: string, payload: Record<string, unknown>, type: "comment.created" | "comment.liked" = "comment.liked") {
  return writer.$transaction((tx) => publishArticleEvent(tx, { articleId, type, payload }));
}

async function terminateConnection(applicationName: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query("SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE application_name = $1", [applicationName]);
    expect(result.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

describe("article events through LISTEN/NOTIFY", () => {
  let articleId = "";
  beforeAll(async () => {
    articleId = await createTestArticle(writer, "hub");
  });
  afterAll(async () => {
    await Promise.all(hubs.map((hub) => hub.close()));
    await writer.$disconnect();
  });

  it("reaches two independent hubs (two app instances) from a third connection's transaction", async () => {
    const [a, b] = await Promise.all([recordHub(hubs[0], articleId), recordHub(hubs[1], articleId)]);
    await publish(articleId, { id: "c1", likeCount: 3 });
    await Promise.all([a.waitForCount(1), b.waitForCount(1)]);
    for (const recorded of [a, b]) {
      expect(recorded.events).toEqual([{ id: expect.stringMatching(/^\d+$/), articleId, type: "comment.liked", payload: { id: "c1", likeCount: 3 } }]);
    }
    expect(a.events[0]?.id).toBe(b.events[0]?.id);
    a.unsubscribe();
    b.unsubscribe();
  });

  it("delivers nothing for a rolled-back transaction", async () => {
    const recorded = await recordHub(hubs[0], articleId);
    await expect(
      writer.$transaction(async (tx) => {
        await publishArticleEvent(tx, { articleId, type: "comment.liked", payload: { id: "rolled-back", likeCount: 1 } });
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    // NOTIFY arrives in commit order, so once this marker is here anything the
    // rolled-back transaction could have sent would be here too.
    await publish(articleId, { id: "marker", likeCount: 0 });
    await recorded.waitForCount(1);
    expect(recorded.events.map((event) => (event.payload as { id: string }).id)).toEqual(["marker"]);
    const stored = await listArticleEventsAfter(writer, { articleId, afterId: "0", limit: 100 });
    expect(stored.some((event) => (event.payload as { id: string }).id === "rolled-back")).toBe(false);
    recorded.unsubscribe();
  });

  it("delivers only to subscribers of the event's article", async () => {
    const otherArticle = await createTestArticle(writer, "hub-other");
    const mine = await recordHub(hubs[0], articleId);
    const theirs = await recordHub(hubs[0], otherArticle);
    await publish(otherArticle, { id: "theirs", likeCount: 1 });
    await publish(articleId, { id: "mine", likeCount: 1 });
    await mine.waitForCount(1);
    await theirs.waitForCount(1);
    expect(mine.events.map((event) => event.articleId)).toEqual([articleId]);
    expect(theirs.events.map((event) => event.articleId)).toEqual([otherArticle]);
    mine.unsubscribe();
    theirs.unsubscribe();
    expect(hubs[0].subscriberCount).toBe(0);
  });

  it("replays exactly the events after a given id, in order", async () => {
    const replayArticle = await createTestArticle(writer, "replay");
    for (let n = 1; n <= 6; n++) await publish(replayArticle, { id: `r${n}`, likeCount: n });
    const all = await listArticleEventsAfter(writer, { articleId: replayArticle, afterId: "0", limit: 100 });
    expect(all.map((event) => (event.payload as { id: string }).id)).toEqual(["r1", "r2", "r3", "r4", "r5", "r6"]);
    const afterSecond = await listArticleEventsAfter(writer, { articleId: replayArticle, afterId: all[1]!.id, limit: 100 });
    expect(afterSecond).toEqual(all.slice(2));
    expect(await listArticleEventsAfter(writer, { articleId: replayArticle, afterId: all[5]!.id, limit: 100 })).toEqual([]);
    expect(await listArticleEventsAfter(writer, { articleId: replayArticle, afterId: all[0]!.id, limit: 2 })).toEqual(all.slice(1, 3));
  });

  it("commits concurrent publishers' events in id order, so a resume cannot skip one", async () => {
    const busyArticle = await createTestArticle(writer, "concurrent");
    const recorded = await recordHub(hubs[1], busyArticle);
    const writers = 12;
    // Each transaction publishes, then holds on a while before committing: an
    // earlier id that commits later would arrive after a higher one.
    await Promise.all(
      Array.from({ length: writers }, (_, n) =>
        writer.$transaction(
          async (tx) => {
            await publishArticleEvent(tx, { articleId: busyArticle, type: "comment.liked", payload: { id: `w${n}`, likeCount: n } });
            await tx.$executeRawUnsafe(`SELECT pg_sleep(${((writers - n) % 4) * 0.02})`);
          },
          { timeout: 20_000 },
        ),
      ),
    );
    await recorded.waitForCount(writers);
    const arrival = recorded.events.map((event) => BigInt(event.id));
    const sorted = [...arrival].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    expect(arrival).toEqual(sorted);
    expect(new Set(arrival).size).toBe(writers);
    recorded.unsubscribe();
  });

  it("interrupts its subscribers when the LISTEN connection drops, then listens again", async () => {
    const hub = new ArticleEventHub({ databaseUrl, applicationName: "event-hub-test-drop" });
    try {
      const before = await recordHub(hub, articleId);
      await terminateConnection("event-hub-test-drop");
      await waitUntil(() => before.interrupted, "the interruption");
      expect(hub.subscriberCount).toBe(0);

      // While the reconnect is pending, subscribe answers service_unavailable: retry like a client.
      let after: Awaited<ReturnType<typeof recordHub>> | null = null;
      for (let attempt = 0; attempt < 50 && !after; attempt++) {
        after = await recordHub(hub, articleId).catch(async () => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return null;
        });
      }
      if (!after) throw new Error("the hub did not reconnect");
      await publish(articleId, { id: "after-drop", likeCount: 1 });
      await after.waitForCount(1);
      expect((after.events[0]?.payload as { id: string }).id).toBe("after-drop");
    } finally {
      await hub.close();
    }
  });
});
