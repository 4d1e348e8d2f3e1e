/**
 * `npm run article:import -- <slug> <file> [--capture-year YYYY]`: publishes
 * a text file (the seed format, see prisma/seed/) as the article `slug`, or a
 * revision of it, on the database `npm start` uses (DATABASE_URL, or the
 * embedded server, started for the run and stopped again). A revision keeps
 * blocks that survive, marks removed ones, and re-anchors every highlight in
 * the same transaction; the ones that can no longer be found become orphans
 * their owners see under 无法定位. The same text again changes nothing.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { importArticle } from "@/lib/articles/import-article";
import { createDbClient } from "@/lib/db/create-client";
import { configuredDatabase, prepareDatabase } from "@/lib/runtime/database-bootstrap";

const log = (message: string) => console.log(`[article:import] ${message}`);

const USAGE = "usage: npm run article:import -- <slug> <file> [--capture-year YYYY]";

function options() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { "capture-year": { type: "string" } } });
  const [slug, file, ...extra] = positionals;
  if (!slug || !file || extra.length > 0) throw new Error(USAGE);
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) throw new Error("the slug takes lower-case letters, digits and hyphens (at most 100)");
  const captureYear = values["capture-year"] === undefined ? undefined : Number(values["capture-year"]);
  if (captureYear !== undefined && !(Number.isInteger(captureYear) && captureYear >= 1990 && captureYear <= 2100)) {
    throw new Error("--capture-year must be a year such as 2023");
  }
  return { slug, file, captureYear };
}

async function main() {
  const args = options();
  const source = await readFile(args.file, "utf8");
  const root = process.cwd();
  const database = await prepareDatabase({ root, log, ...configuredDatabase(root) });
  const db = createDbClient(database.url);
  try {
    const existing = await db.article.findUnique({ where: { slug: args.slug }, select: { id: true, publishedAt: true } });
    // The source dates itself relative to when it was captured ("16 天前"); a revision keeps the year it was first given.
    const captureYear = args.captureYear ?? existing?.publishedAt.getFullYear() ?? new Date().getFullYear();
    const orphans = () => db.highlight.count({ where: { article: { slug: args.slug }, orphanedAt: { not: null } } });
    const orphansBefore = await orphans();
    const outcome = await importArticle({ db, slug: args.slug, source, captureYear });
    const highlights = await db.highlight.count({ where: { article: { slug: args.slug } } });
    log(`${args.slug}: ${outcome}; ${highlights} highlights, ${await orphans()} of them orphans (${orphansBefore} before)`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[article:import] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
