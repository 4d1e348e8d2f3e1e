import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import pg from "pg";
import { freePort } from "@/lib/runtime/free-port";
import { applyMigrations } from "@/lib/testing/apply-migrations";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * The discussion's tests post far faster than a person could, so the shared
 * test database allows it; tests of the limits themselves get a database of
 * their own (lib/testing/isolated-database.ts) with the real defaults.
 */
async function relaxCommentLimits(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO "ModerationSettings" ("id", "commentIntervalSeconds", "commentsPerHour", "updatedAt") VALUES (1, 0, 100000, now())`);
  } finally {
    await client.end();
  }
}

/** A throwaway PostgreSQL with the app's migrations, for tests that need the database. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "marginalia-unit-pg-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port: await freePort() });
  await applyMigrations(database.url);
  await relaxCommentLimits(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
