import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/lib/runtime/embedded-postgres";
import { childProcessEnv } from "@/lib/env";
import { run } from "@/lib/runtime/processes";
import { freePort } from "@/lib/runtime/free-port";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** A throwaway PostgreSQL with the app's migrations, for tests that need the database. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "marginalia-unit-pg-"));
  const database = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port: await freePort() });
  const prismaBin = path.join(process.cwd(), "node_modules", "prisma", "build", "index.js");
  await run(process.execPath, [prismaBin, "migrate", "deploy"], {
    env: childProcessEnv({ DATABASE_URL: database.url }),
    stdio: "ignore",
  });
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
