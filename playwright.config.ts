import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";
import { E2E_BASE_URL, E2E_SERVER_ENV } from "./e2e/support/server-env";

// Debian's Chromium (Playwright cannot download browsers here). As root it needs
// --no-sandbox; the other flags stop it dialling hosts this network refuses.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/support/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: E2E_BASE_URL,
    trace: "retain-on-failure",
    locale: "zh-CN",
    launchOptions: { executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  webServer: {
    command: "npm start",
    url: `${E2E_BASE_URL}/api/health`,
    env: E2E_SERVER_ENV,
    reuseExistingServer: false,
    // `npm start` builds first when sources changed: minutes on a 2-core machine.
    timeout: 600_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
