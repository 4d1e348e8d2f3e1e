import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

/**
 * Applies prisma/migrations in order with plain SQL: the same statements
 * `prisma migrate deploy` runs, without the schema engine's start-up cost on
 * every test run. `npm start` and the end-to-end tests use the real command.
 */
export async function applyMigrations(databaseUrl: string) {
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
