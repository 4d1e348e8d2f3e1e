/**
 * `npm run seed:demo -- --comments 2000 [--reset] [--seed N] [--slug S]`:
 * fills the article's discussion with demo readers, threads and likes, on the
 * same database `npm start` uses (DATABASE_URL, or the embedded server, which
 * is started for the run and stopped again). Demo users have e-mail addresses
 * at demo.marginalia.local; --reset removes them and everything they wrote
 * (including replies others wrote under their comments) before seeding.
 */
import { parseArgs } from "node:util";
import { createDbClient } from "@/lib/db/create-client";
import { seedDemoDiscussion } from "@/lib/demo/seed-demo-discussion";
import { configuredDatabase, prepareDatabase } from "@/lib/runtime/database-bootstrap";

const log = (message: string) => console.log(`[seed:demo] ${message}`);

function options() {
  const { values } = parseArgs({
    options: {
      comments: { type: "string", default: "2000" },
      reset: { type: "boolean", default: false },
      seed: { type: "string", default: "20231120" },
      slug: { type: "string", default: "openai-board-reversal" },
    },
  });
  const comments = Number(values.comments);
  const seed = Number(values.seed);
  if (!Number.isInteger(comments) || comments < 1 || comments > 1_000_000) throw new Error("--comments must be a whole number from 1 to 1000000");
  if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");
  return { comments, seed, reset: values.reset, slug: values.slug };
}

async function main() {
  const args = options();
  const root = process.cwd();
  const database = await prepareDatabase({ root, log, ...configuredDatabase(root) });
  const db = createDbClient(database.url);
  try {
    const started = performance.now();
    const result = await seedDemoDiscussion(db, args);
    if (result.outcome === "already_seeded") {
      log(`${result.users} demo users are already there; nothing changed (use --reset to replace them)`);
    } else {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      if (result.removed > 0) log(`removed ${result.removed} demo users and what they wrote`);
      log(`${result.comments} comments, ${result.likes} likes, ${result.revisions} revisions by ${result.users} demo users on ${args.slug} in ${seconds} s`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[seed:demo] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
