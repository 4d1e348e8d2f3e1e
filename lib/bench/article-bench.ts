/**
 * `npm run bench:article`: the article page under load (20 connections, 10 s)
 * next to a static file of the same size from the same server. Prints figures;
 * asserts nothing. Starts its own production server and embedded database.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { load, startBenchServer } from "@/lib/bench/bench-support";

const PORT = 3200;
const ARTICLE = "/articles/openai-board-reversal";
const STATIC_NAME = "bench-static-article-size.html";
const staticPath = path.join(process.cwd(), "public", STATIC_NAME);

async function main() {
  const dataDir = path.join(tmpdir(), "marginalia-bench", "postgres");
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });

  // Next serves the public files present at build time, so the file exists
  // before the build and receives the page's bytes once the page is known.
  mkdirSync(path.dirname(staticPath), { recursive: true });
  writeFileSync(staticPath, "placeholder");
  let stopServer = async () => {};
  try {
    const server = await startBenchServer({ port: PORT, env: { EMBEDDED_PG_PORT: "54392", MARGINALIA_DATA_DIR: dataDir, DATABASE_URL: "" } });
    stopServer = server.stop;
    const base = server.base;
    const page = await (await fetch(`${base}${ARTICLE}`)).text();
    writeFileSync(staticPath, page);
    // Warm both paths so neither measures first-request compilation or caches.
    await fetch(`${base}${ARTICLE}`);
    await fetch(`${base}/${STATIC_NAME}`);

    const article = await load(`${base}${ARTICLE}`);
    const file = await load(`${base}/${STATIC_NAME}`);
    const row = (name: string, r: typeof article) =>
      `${name.padEnd(28)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`;
    console.log(`\narticle page: ${Buffer.byteLength(page)} bytes; 20 connections, 10 s each`);
    console.log(`${"".padEnd(28)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`);
    console.log(row("article page (SSR + DB)", article));
    console.log(row("static file, same size", file));
    console.log(`ratio (article / static req/s): ${(article.requestsPerSecond / file.requestsPerSecond).toFixed(3)}`);
  } finally {
    rmSync(staticPath, { force: true });
    await stopServer();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
