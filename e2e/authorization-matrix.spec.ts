import { randomBytes, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";
import pg from "pg";
import { documentText } from "../lib/anchoring/document-text";
import { createSelectors } from "../lib/anchoring/selectors";
import { E2E_BASE_URL, E2E_DATABASE_URL } from "./support/server-env";

/**
 * Every write endpoint of /api/v1 × every kind of caller → the status it must
 * answer, and, wherever it refuses, proof that nothing in the database changed.
 * The endpoints are read from app/api/v1, so a new one without a row here
 * fails the first test. Callers are real users with real database sessions
 * (the cookie Auth.js sets); each request gets fresh fixtures of its own.
 */

const SLUG = "openai-board-reversal";
// Auth.js's database-session cookie on plain http.
const SESSION_COOKIE = "authjs.session-token";

const ROLES = ["anonymous", "member", "owner", "suspended", "moderator", "admin"] as const;
type Role = (typeof ROLES)[number];

type Ids = { comment: string; highlight: string; user: string; word: string };
/** What a request acts on, made for it alone; `owner` owns it (the suspended caller owns its own). */
type Fixture = Partial<Ids> & { owner: string };

type Row = {
  /** Method and route as the file tree spells it, e.g. "PATCH /api/v1/comments/[id]". */
  endpoint: string;
  /** Fills the route's [params] from the fixture. */
  path: (fixture: Fixture) => string;
  setup?: (owner: string) => Promise<Partial<Ids>>;
  body?: (fixture: Fixture, role: Role) => unknown;
  expect: Record<Role, number>;
  /** Why a signed-out or suspended caller may do this, where it may. */
  exception?: string;
};

// The usual answers: signed out 401, suspended 403 (account_suspended).
const SIGNED_IN_ANYONE = { anonymous: 401, suspended: 403 } as const;
const ONLY_OWNER = (ok: number) => ({ ...SIGNED_IN_ANYONE, member: 403, owner: ok, moderator: 403, admin: 403 });
const ANY_MEMBER = (ok: number) => ({ ...SIGNED_IN_ANYONE, member: ok, owner: ok, moderator: ok, admin: ok });
const MODERATORS = (ok: number) => ({ ...SIGNED_IN_ANYONE, member: 403, owner: 403, moderator: ok, admin: ok });
const ADMINS = (ok: number) => ({ ...SIGNED_IN_ANYONE, member: 403, owner: 403, moderator: 403, admin: ok });

let db: pg.Client;
let article: { id: string; sourceDigest: string; paragraphs: string[] };
let doc: ReturnType<typeof documentText>;
const users = {} as Record<Exclude<Role, "anonymous">, string>;
const callers = {} as Record<Role, APIRequestContext>;

const newId = () => `mx${randomBytes(12).toString("hex")}`;
const unique = (what: string) => `${what} ${randomUUID()}`;

async function createUser(role: "MEMBER" | "MODERATOR" | "ADMIN", suspended = false): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO "User" ("id", "name", "role", "status", "suspendedUntil", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [id, `matrix ${role.toLowerCase()} ${id.slice(-6)}`, role, suspended ? "SUSPENDED" : "ACTIVE", suspended ? new Date(Date.now() + 86_400_000) : null],
  );
  return id;
}

async function createComment(authorId: string, highlightId: string | null = null): Promise<string> {
  const id = newId();
  await db.query(
    `INSERT INTO "Comment" ("id", "articleId", "authorId", "anchor", "body", "highlightId", "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [id, article.id, authorId, highlightId ? null : article.paragraphs[1], unique("matrix fixture"), highlightId],
  );
  return id;
}

/** Selectors of `length` code points at `offset` into a paragraph, as the page would post them. */
function selectorsAt(paragraph: number, offset: number, length: number) {
  const block = doc.blocks.find((candidate) => candidate.anchor === article.paragraphs[paragraph]);
  if (!block) throw new Error(`no paragraph ${paragraph}`);
  const { quote, position } = createSelectors(doc, block.start + offset, block.start + offset + length);
  return [quote, position] as const;
}

/** A public highlight with a note, as lib/highlights stores them. */
async function createNote(ownerId: string): Promise<{ highlight: string; comment: string }> {
  const [quote, position] = selectorsAt(2, 0, 12);
  const anchor = article.paragraphs[2];
  const highlight = newId();
  await db.query(
    `INSERT INTO "Highlight" ("id", "articleId", "userId", "visibility", "exact", "prefix", "suffix", "start", "end", "startAnchor", "endAnchor", "originalExact", "anchoredDigest", "updatedAt")
     VALUES ($1, $2, $3, 'PUBLIC', $4, $5, $6, $7, $8, $9, $9, $4, $10, now())`,
    [highlight, article.id, ownerId, quote.exact, quote.prefix, quote.suffix, position.start, position.end, anchor, article.sourceDigest],
  );
  return { highlight, comment: await createComment(ownerId, highlight) };
}

async function createWord(): Promise<string> {
  const id = newId();
  const term = `matrixword${id.slice(-10)}`;
  await db.query(`INSERT INTO "WordEntry" ("id", "term", "normalized", "kind") VALUES ($1, $2, $2, 'SUSPECT')`, [id, term]);
  return id;
}

// Tables a refused request must leave alone: all of them but the sign-in
// machinery, which Auth.js may touch on any request that reads the session.
const UNWATCHED_TABLES = new Set(["Session", "Account", "VerificationToken", "_prisma_migrations"]);
let watchedTables: string[] = [];

/** A digest of every row of every watched table. */
async function databaseState(): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const table of watchedTables) {
    const { rows } = await db.query<{ digest: string }>(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '') AS digest FROM "${table}" t`,
    );
    state[table] = rows[0]?.digest ?? "";
  }
  return state;
}

const MATRIX: Row[] = [
  {
    endpoint: "POST /api/v1/articles/[slug]/comments",
    path: () => `/api/v1/articles/${SLUG}/comments`,
    body: () => ({ anchor: article.paragraphs[0], body: unique("matrix comment") }),
    expect: ANY_MEMBER(201),
  },
  {
    endpoint: "PATCH /api/v1/comments/[id]",
    path: (f) => `/api/v1/comments/${f.comment}`,
    setup: async (owner) => ({ comment: await createComment(owner) }),
    body: () => ({ body: unique("matrix edit") }),
    expect: ONLY_OWNER(200),
  },
  {
    endpoint: "DELETE /api/v1/comments/[id]",
    path: (f) => `/api/v1/comments/${f.comment}`,
    setup: async (owner) => ({ comment: await createComment(owner) }),
    expect: ONLY_OWNER(204),
  },
  {
    endpoint: "PUT /api/v1/comments/[id]/like",
    path: (f) => `/api/v1/comments/${f.comment}/like`,
    setup: async (owner) => ({ comment: await createComment(owner) }),
    expect: ANY_MEMBER(200),
  },
  {
    endpoint: "DELETE /api/v1/comments/[id]/like",
    path: (f) => `/api/v1/comments/${f.comment}/like`,
    setup: async (owner) => {
      const comment = await createComment(owner);
      // Liked by everyone who may like, so that taking it back changes something.
      for (const user of Object.values(users)) await db.query(`INSERT INTO "CommentLike" ("commentId", "userId") VALUES ($1, $2)`, [comment, user]);
      await db.query(`UPDATE "Comment" SET "likeCount" = $2 WHERE "id" = $1`, [comment, Object.keys(users).length]);
      return { comment };
    },
    expect: ANY_MEMBER(200),
  },
  {
    endpoint: "POST /api/v1/comments/[id]/reports",
    path: (f) => `/api/v1/comments/${f.comment}/reports`,
    setup: async (owner) => ({ comment: await createComment(owner) }),
    body: () => ({ reason: "SPAM" }),
    // Reporting your own comment is refused.
    expect: { ...ANY_MEMBER(201), owner: 403 },
  },
  {
    endpoint: "POST /api/v1/articles/[slug]/highlights",
    path: () => `/api/v1/articles/${SLUG}/highlights`,
    body: (_f, role) => ({ selectors: selectorsAt(3, ROLES.indexOf(role) * 3, 8), visibility: "public", note: unique("matrix note") }),
    expect: ANY_MEMBER(201),
  },
  {
    endpoint: "PATCH /api/v1/highlights/[id]",
    path: (f) => `/api/v1/highlights/${f.highlight}`,
    setup: (owner) => createNote(owner),
    body: () => ({ visibility: "private" }),
    expect: ONLY_OWNER(200),
  },
  {
    endpoint: "DELETE /api/v1/highlights/[id]",
    path: (f) => `/api/v1/highlights/${f.highlight}`,
    setup: (owner) => createNote(owner),
    expect: ONLY_OWNER(204),
  },
  {
    endpoint: "POST /api/v1/highlights/[id]/comments",
    path: (f) => `/api/v1/highlights/${f.highlight}/comments`,
    setup: (owner) => createNote(owner),
    body: () => ({ body: unique("matrix reply to a note") }),
    expect: ANY_MEMBER(201),
  },
  {
    endpoint: "POST /api/v1/notifications/read",
    path: () => "/api/v1/notifications/read",
    body: () => ({ all: true }),
    expect: { ...ANY_MEMBER(200), suspended: 200 },
    exception: "suspended readers may mark their own notifications read: nobody else sees the change",
  },
  {
    endpoint: "POST /api/v1/articles/[slug]/views",
    path: () => `/api/v1/articles/${SLUG}/views`,
    expect: { anonymous: 200, member: 200, owner: 200, suspended: 200, moderator: 200, admin: 200 },
    exception: "the anonymous daily view counter: reading, not writing, whoever reads",
  },
  {
    endpoint: "POST /api/v1/moderation/comments/actions",
    path: () => "/api/v1/moderation/comments/actions",
    setup: async (owner) => ({ comment: await createComment(owner) }),
    body: (f) => ({ commentIds: [f.comment], action: "lock" }),
    expect: MODERATORS(200),
  },
  {
    endpoint: "POST /api/v1/moderation/users/[id]/standing",
    path: (f) => `/api/v1/moderation/users/${f.user}/standing`,
    // The owner acts on their own account; the others on a fresh member's.
    setup: async (owner) => ({ user: owner === users.owner ? owner : await createUser("MEMBER") }),
    body: () => ({ action: "suspend", reason: "authorization matrix", until: new Date(Date.now() + 3_600_000).toISOString() }),
    expect: MODERATORS(200),
  },
  {
    endpoint: "PUT /api/v1/moderation/users/[id]/role",
    path: (f) => `/api/v1/moderation/users/${f.user}/role`,
    setup: async (owner) => ({ user: owner === users.owner ? owner : await createUser("MEMBER") }),
    body: () => ({ role: "moderator" }),
    expect: ADMINS(200),
  },
  {
    endpoint: "PATCH /api/v1/moderation/settings",
    path: () => "/api/v1/moderation/settings",
    // The value it has, so that the specs after this one run with the same settings.
    body: () => ({ reportHideThreshold: currentReportHideThreshold }),
    expect: ADMINS(200),
  },
  {
    endpoint: "POST /api/v1/moderation/words",
    path: () => "/api/v1/moderation/words",
    body: () => ({ kind: "SUSPECT", terms: [`matrixword${randomBytes(6).toString("hex")}`] }),
    expect: ADMINS(201),
  },
  {
    endpoint: "DELETE /api/v1/moderation/words/[id]",
    path: (f) => `/api/v1/moderation/words/${f.word}`,
    setup: async () => ({ word: await createWord() }),
    expect: ADMINS(204),
  },
];

let currentReportHideThreshold = 3;

const REFUSAL_CODES: Record<number, string[]> = {
  401: ["unauthorized"],
  403: ["forbidden", "account_suspended"],
};

/** Every write endpoint the app has: each route file's exported POST, PUT, PATCH and DELETE. */
function writeEndpoints(): string[] {
  const root = path.join(process.cwd(), "app", "api", "v1");
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const route = `/api/v1/${path.relative(root, directory).split(path.sep).join("/")}`.replace(/\/$/, "");
        for (const [, method] of readFileSync(full, "utf8").matchAll(/export\s+(?:const|async\s+function)\s+(POST|PUT|PATCH|DELETE)\b/g)) {
          found.push(`${method} ${route}`);
        }
      }
    }
  };
  walk(root);
  return found.sort();
}

async function send(caller: APIRequestContext, endpoint: string, url: string, body: unknown): Promise<APIResponse> {
  const method = endpoint.split(" ")[0]!.toLowerCase() as "post" | "put" | "patch" | "delete";
  return caller[method](url, body === undefined ? {} : { data: body });
}

test.describe("the authorization matrix", () => {
  test.beforeAll(async ({ playwright }) => {
    db = new pg.Client({ connectionString: E2E_DATABASE_URL });
    await db.connect();
    const { rows: articles } = await db.query<{ id: string; sourceDigest: string }>(`SELECT "id", "sourceDigest" FROM "Article" WHERE "slug" = $1`, [SLUG]);
    const row = articles[0];
    if (!row) throw new Error(`no article ${SLUG}`);
    const { rows: blocks } = await db.query<{ anchor: string; text: string; kind: string }>(
      `SELECT "anchor", "text", "kind" FROM "Block" WHERE "articleId" = $1 AND "removedAt" IS NULL ORDER BY "position"`,
      [row.id],
    );
    doc = documentText(blocks);
    article = { ...row, paragraphs: blocks.filter((block) => block.kind === "PARAGRAPH").map((block) => block.anchor) };
    const { rows: tables } = await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    watchedTables = tables.map((table) => table.name).filter((name) => !UNWATCHED_TABLES.has(name));
    const { rows: settings } = await db.query<{ reportHideThreshold: number }>(`SELECT "reportHideThreshold" FROM "ModerationSettings" WHERE "id" = 1`);
    currentReportHideThreshold = settings[0]?.reportHideThreshold ?? currentReportHideThreshold;

    users.member = await createUser("MEMBER");
    users.owner = await createUser("MEMBER");
    users.suspended = await createUser("MEMBER", true);
    users.moderator = await createUser("MODERATOR");
    users.admin = await createUser("ADMIN");
    callers.anonymous = await playwright.request.newContext({ baseURL: E2E_BASE_URL });
    for (const [role, userId] of Object.entries(users) as [Exclude<Role, "anonymous">, string][]) {
      const token = randomUUID();
      await db.query(`INSERT INTO "Session" ("sessionToken", "userId", "expires", "updatedAt") VALUES ($1, $2, now() + interval '1 day', now())`, [token, userId]);
      callers[role] = await playwright.request.newContext({ baseURL: E2E_BASE_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${token}` } });
    }
    // The sessions work: each caller is who the matrix says.
    for (const role of ROLES.filter((candidate) => candidate !== "anonymous")) {
      const me = await callers[role].get("/api/v1/me");
      expect(me.status(), role).toBe(200);
      expect(((await me.json()) as { id: string }).id).toBe(users[role as Exclude<Role, "anonymous">]);
    }
  });

  test.afterAll(async () => {
    await Promise.all(Object.values(callers).map((caller) => caller.dispose()));
    await db?.end();
  });

  test("has a row for every write endpoint under /api/v1", () => {
    expect(MATRIX.map((row) => row.endpoint).sort()).toEqual(writeEndpoints());
  });

  for (const row of MATRIX) {
    test(`${row.endpoint}${row.exception ? ` (${row.exception})` : ""}`, async () => {
      for (const role of ROLES) {
        const owner = role === "suspended" ? users.suspended : users.owner;
        const fixture: Fixture = { owner, ...(await row.setup?.(owner)) };
        const before = await databaseState();
        const response = await send(callers[role], row.endpoint, row.path(fixture), row.body?.(fixture, role));
        const expected = row.expect[role];
        const label = `${row.endpoint} as ${role}: ${await response.text()}`;
        expect.soft(response.status(), label).toBe(expected);
        if (expected >= 400) {
          const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
          const codes = role === "suspended" ? ["account_suspended"] : (REFUSAL_CODES[expected] ?? []);
          expect.soft(codes, label).toContain(body?.error?.code);
          expect.soft(await databaseState(), `${label}: the database changed`).toEqual(before);
        }
      }
    });
  }
});
