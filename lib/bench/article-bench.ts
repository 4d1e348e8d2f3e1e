/**
 * `npm run bench:article`: the article page under load (20 connections, 10 s)
 * next to a static file of the same size from the same server. Prints figures;
 * asserts nothing. Starts its own production server and embedded database.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { childProcessEnv } from "@/lib/env";

const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const ARTICLE = "/articles/openai-board-reversal";
const STATIC_NAME = "bench-static-article-size.html";
const staticPath = path.join(process.cwd(), "public", STATIC_NAME);

async function waitForHealth(timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy in time");
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** autocannon's summary has no p95, so every response time is kept. */
async function load(url: string) {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections: 20, duration: 10 }, (error, outcome) =>
      error ? reject(error) : resolve(outcome),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.non2xx,
  };
}

async function main() {
  const dataDir = path.join(tmpdir(), "marginalia-bench", "postgres");
  rmSync(path.dirname(dataDir), { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });

  // Next serves the public files present at build time, so the file exists
  // before the build and receives the page's bytes once the page is known.
  writeFileSync(staticPath, "placeholder");
  const server = spawn("npm", ["start"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childProcessEnv({ PORT: String(PORT), EMBEDDED_PG_PORT: "54392", MARGINALIA_DATA_DIR: dataDir, DATABASE_URL: "" }),
    detached: true,
  });
  try {
    await waitForHealth(240_000);
    const page = await (await fetch(`${BASE}${ARTICLE}`)).text();
    writeFileSync(staticPath, page);
    // Warm both paths so neither measures first-request compilation or caches.
    await fetch(`${BASE}${ARTICLE}`);
    await fetch(`${BASE}/${STATIC_NAME}`);

    const article = await load(`${BASE}${ARTICLE}`);
    const file = await load(`${BASE}/${STATIC_NAME}`);
    const row = (name: string, r: typeof article) =>
      `${name.padEnd(28)} ${r.requestsPerSecond.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`;
    console.log(`\narticle page: ${Buffer.byteLength(page)} bytes; 20 connections, 10 s each`);
    console.log(`${"".padEnd(28)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)}`);
    console.log(row("article page (SSR + DB)", article));
    console.log(row("static file, same size", file));
    console.log(`ratio (article / static req/s): ${(article.requestsPerSecond / file.requestsPerSecond).toFixed(3)}`);
  } finally {
    rmSync(staticPath, { force: true });
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
