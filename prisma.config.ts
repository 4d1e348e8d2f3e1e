import { defineConfig } from "prisma/config";
import { env } from "./lib/env";
import { createMigrationAdapterFactory } from "./lib/db/migration-adapter";

// The WebAssembly schema engine leaves 10 s and 60 s timers running, which kept
// every `prisma migrate` alive for a minute after it finished. This file runs in
// the CLI's own process, so long timers are un-ref'd here.
const LONG_TIMER_MS = 5_000;
type TimerFactory = (handler: () => void, ms?: number, ...rest: unknown[]) => NodeJS.Timeout;

function unrefLongTimers(factory: TimerFactory): TimerFactory {
  return (handler, ms, ...rest) => {
    const timer = factory(handler, ms, ...rest);
    if ((ms ?? 0) >= LONG_TIMER_MS) timer.unref();
    return timer;
  };
}
globalThis.setTimeout = unrefLongTimers(globalThis.setTimeout as unknown as TimerFactory) as unknown as typeof setTimeout;
globalThis.setInterval = unrefLongTimers(globalThis.setInterval as unknown as TimerFactory) as unknown as typeof setInterval;

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  async adapter() {
    if (!env.DATABASE_URL) throw new Error("DATABASE_URL is not set: run migrations through `npm start` or set it.");
    return createMigrationAdapterFactory(env.DATABASE_URL);
  },
});
