import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are tested in Node, outside React's server environment.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.{ts,tsx}", "app/**/*.test.ts"],
    environment: "node",
    globalSetup: ["lib/testing/database-setup.ts"],
    // Database tests share two cores with everything else on CI machines.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
