import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDbClient } from "@/lib/db/create-client";
import { env } from "@/lib/env";

// One client per process (dev-mode hot reloads would otherwise open a pool each
// time), created on first use so that building the app needs no database.
const globalForDb = globalThis as unknown as { marginaliaDb?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForDb.marginaliaDb) {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: start the app with `npm start`.");
    globalForDb.marginaliaDb = createDbClient(env.DATABASE_URL);
  }
  return globalForDb.marginaliaDb;
}
