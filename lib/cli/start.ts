/**
 * `npm start`: sign-in settings (and a local OpenID Connect issuer when no
 * provider is configured), PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations, the idempotent seed, a production build when the sources
 * changed, then `next start`. Stops everything it started on SIGINT/SIGTERM.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { childProcessEnv, env } from "@/lib/env";
import { configuredDatabase, prepareDatabase } from "@/lib/runtime/database-bootstrap";
import { buildIsStale } from "@/lib/runtime/next-build";
import { exited, run } from "@/lib/runtime/processes";
import { prepareSignIn } from "@/lib/runtime/sign-in-runtime";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const log = (message: string) => console.log(`[marginalia] ${message}`);

async function main() {
  const signIn = await prepareSignIn(env, root, log);
  // Server, migrations and the article seed (shared with seed:demo and the benchmarks).
  const database = await prepareDatabase({ root, log, ...configuredDatabase(root) }).catch(async (error: unknown) => {
    await signIn.stop();
    throw error;
  });

  const stopServices = async () => {
    await database.stop();
    await signIn.stop();
  };
  try {
    const childEnv = childProcessEnv({ DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1", ...signIn.env });
    if (buildIsStale(root)) {
      log("building the production bundle (sources changed since the last build)");
      await run(process.execPath, [nextBin, "build"], { env: { ...childEnv, NODE_ENV: "production" } });
    }

    const server = spawn(process.execPath, [nextBin, "start", "-H", env.HOST, "-p", String(env.PORT)], {
      stdio: "inherit",
      env: { ...childEnv, NODE_ENV: "production" },
    });
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      process.on(signal, () => server.kill(signal));
    }
    log(`serving http://${env.HOST}:${env.PORT}`);
    const code = await exited(server);
    await stopServices();
    process.exit(code);
  } catch (error) {
    await stopServices();
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(`[marginalia] start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
