import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import pg from "pg";
import { freePort } from "@/lib/runtime/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Applies prisma/migrations in order with plain SQL: the same statements
 * `prisma migrate deploy` runs, without the schema engine's start-up cost on
 * every test run. `npm start` and the end-to-end tests use the real command.
 */
async function applyMigrations(databaseUrl: string) {
  const directory = path.join(process.cwd(), "prisma", "migrations");
  const migrations = readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const migration of migrations) {
      await client.query(readFileSync(path.join(directory, migration, "migration.sql"), "utf8"));
    }
  } finally {
    await client.end();
  }
}

/** A throwaway PostgreSQL with the app's migrations, for tests that need the database. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "marginalia-unit-pg-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port: await freePort() });
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
