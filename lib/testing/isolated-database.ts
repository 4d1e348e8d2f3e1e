import { randomUUID } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "@/lib/testing/apply-migrations";

/**
 * A fresh database with the app's migrations on the test server, for test
 * files that change site-wide state (moderation settings, word lists) which
 * would otherwise leak into the test files running beside them.
 */
export async function createIsolatedDatabase(serverUrl: string): Promise<string> {
  const name = `isolated_${randomUUID().replaceAll("-", "")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return url.toString();
}
