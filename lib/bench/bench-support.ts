/**
 * What the benchmarks share: a production server of their own (`npm start` on
 * a bench port with its own database), autocannon runs with a real p95, and
 * the table they print. Figures only; nothing here asserts a timing.
 */
import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { childProcessEnv } from "@/lib/env";

export type BenchServer = { base: string; stop: () => Promise<void> };

async function waitForHealth(base: string, timeoutMs: number, running: () => boolean) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running()) throw new Error("npm start exited before the server became healthy");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not become healthy in time");
}

/**
 * `npm start` on `port` (building first when the sources changed), with
 * `env` on top of ours; resolves once /api/health answers. Its own process
 * group, so stop() ends next start and the embedded database with it.
 */
export async function startBenchServer(options: { port: number; env: Record<string, string> }): Promise<BenchServer> {
  const server = spawn("npm", ["start"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: childProcessEnv({ ...options.env, PORT: String(options.port) }),
    detached: true,
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // Resolves once npm has exited, so a database stopped next has no server left on it.
  const stop = async () => {
    if (server.pid && server.exitCode === null && server.signalCode === null) process.kill(-server.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  };
  const base = `http://127.0.0.1:${options.port}`;
  try {
    await waitForHealth(base, 240_000, () => server.exitCode === null && server.signalCode === null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number };

/** autocannon's summary has no p95, so every response time is kept. */
export async function load(url: string, options: { connections?: number; duration?: number; headers?: Record<string, string> } = {}): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections ?? 20, duration: options.duration ?? 10, headers: options.headers },
      (error, outcome) => (error ? reject(error) : resolve(outcome)),
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

/** One aligned table: a header and rows of figures. */
export function formatTable(columns: readonly string[], rows: readonly (readonly [string, ...(string | number)[]])[]): string {
  const nameWidth = Math.max(...rows.map(([name]) => name.length), 10) + 2;
  const cell = (value: string | number) =>
    (typeof value === "number" ? (Number.isInteger(value) ? String(value) : value.toFixed(1)) : value).padStart(9);
  const header = `${"".padEnd(nameWidth)}${columns.map(cell).join("")}`;
  return [header, ...rows.map(([name, ...values]) => `${name.padEnd(nameWidth)}${values.map(cell).join("")}`)].join("\n");
}
