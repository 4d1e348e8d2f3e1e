/**
 * `npm test`: everything CI runs, in order — the browser the end-to-end tests
 * need, lint, typecheck, unit tests, end-to-end tests — then one summary line.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import { childProcessEnv } from "@/lib/env";
import { E2E_DATA_DIR } from "@/e2e/support/server-env";
import { run } from "@/lib/runtime/processes";

const CHROMIUM = "/usr/bin/chromium";
const bin = (name: string) => path.join(process.cwd(), "node_modules", ".bin", name);
const reports = mkdtempSync(path.join(tmpdir(), "marginalia-test-reports-"));
const step = (title: string) => console.log(`\n=== ${title} ===`);

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (userInfo().uid !== 0) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (sudo apt-get install -y chromium).`);
  }
  step("installing Chromium and CJK fonts from Debian");
  const aptEnv = childProcessEnv({ DEBIAN_FRONTEND: "noninteractive" });
  await run("apt-get", ["update"], { env: aptEnv });
  await run("apt-get", ["install", "-y", "--no-install-recommends", "chromium", "fonts-noto-cjk"], { env: aptEnv });
}

type Counts = { passed: number; failed: number; skipped: number };

function vitestCounts(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  const report = JSON.parse(readFileSync(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

async function main() {
  await ensureChromium();
  const env = childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" });

  step("lint");
  await run(bin("eslint"), ["--max-warnings", "0", "."], { env });
  step("typecheck");
  await run(bin("tsc"), ["--noEmit"], { env });

  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const add = (counts: Counts) => {
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  };
  const vitestReport = path.join(reports, "vitest.json");
  const playwrightReport = path.join(reports, "playwright.json");
  let failure: unknown = null;
  try {
    step("unit tests (vitest)");
    await run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestReport}`], { env });
  } catch (error) {
    failure = error;
  }
  if (existsSync(vitestReport)) add(vitestCounts(vitestReport));

  if (!failure) {
    try {
      step("end-to-end tests (playwright, Debian Chromium)");
      rmSync(path.dirname(E2E_DATA_DIR), { recursive: true, force: true });
      await run(bin("playwright"), ["test", "--reporter=list,json"], {
        env: { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightReport },
      });
    } catch (error) {
      failure = error;
    }
    if (existsSync(playwrightReport)) add(playwrightCounts(playwrightReport));
  }

  rmSync(reports, { recursive: true, force: true });
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  if (failure || totals.failed > 0 || totals.passed === 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
