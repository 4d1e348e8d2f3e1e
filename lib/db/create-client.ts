import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

// Writes to one article serialise on an advisory lock while holding a pooled
// connection, so bursts of posts need more connections and a longer wait than
// Prisma's defaults (10 and 2 s) before a transaction gives up.
const POOL_SIZE = 20;
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

/** A Prisma client on the Rust-free path: queries go through node-postgres. */
export function createDbClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: POOL_SIZE }),
    transactionOptions: TRANSACTION_OPTIONS,
  });
}
