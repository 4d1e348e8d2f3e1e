import path from "node:path";
import { childProcessEnv, env } from "@/lib/env";
import { createDbClient } from "@/lib/db/create-client";
import { seedArticles } from "@/lib/articles/seed-articles";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/runtime/embedded-postgres";
import { run } from "@/lib/runtime/processes";

export type PreparedDatabase = {
  url: string;
  /** Stops the embedded server if this call started one; a no-op for DATABASE_URL. */
  stop: () => Promise<void>;
};

export type DatabaseLocation = { databaseUrl: string | undefined; dataDir: string; embeddedPort: number };

/** Where `npm start` keeps its data: DATABASE_URL, or the embedded server's settings. */
export function configuredDatabase(root: string): DatabaseLocation {
  return {
    databaseUrl: env.DATABASE_URL,
    dataDir: env.MARGINALIA_DATA_DIR ?? path.join(root, ".data", "postgres"),
    embeddedPort: env.EMBEDDED_PG_PORT,
  };
}

/**
 * What every entry point needs before it touches the data: a PostgreSQL
 * server (the given URL, or the embedded one started here), its migrations
 * (`prisma migrate deploy`) and the idempotent article seed.
 */
export async function prepareDatabase(options: DatabaseLocation & { root: string; log: (message: string) => void }): Promise<PreparedDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = options.databaseUrl;
  if (url) {
    options.log("using the PostgreSQL server from DATABASE_URL");
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir,
      port: options.embeddedPort,
      onError: (message) => console.error(`[postgres] ${message}`),
    });
    url = embedded.url;
    options.log(`embedded PostgreSQL on 127.0.0.1:${options.embeddedPort}, data in ${embedded.dataDir}`);
  }
  const stop = async () => {
    await embedded?.stop();
    embedded = null;
  };
  try {
    const prismaBin = path.join(options.root, "node_modules", "prisma", "build", "index.js");
    await run(process.execPath, [prismaBin, "migrate", "deploy"], { env: childProcessEnv({ DATABASE_URL: url }) });
    const db = createDbClient(url);
    try {
      for (const { slug, outcome } of await seedArticles(db)) options.log(`article ${slug}: ${outcome}`);
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
