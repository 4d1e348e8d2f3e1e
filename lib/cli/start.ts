/**
 * `npm start`: sign-in settings (and a local OpenID Connect issuer when no
 * provider is configured), PostgreSQL (embedded unless DATABASE_URL is set),
 * migrations, the idempotent seed, a production build when the sources
 * changed, then `next start`. Stops everything it started on SIGINT/SIGTERM.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { childProcessEnv, env } from "@/lib/env";
import { createDbClient } from "@/lib/db/create-client";
import { seedArticles } from "@/lib/articles/seed-articles";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/runtime/embedded-postgres";
import { buildIsStale } from "@/lib/runtime/next-build";
import { exited, run } from "@/lib/runtime/processes";
import { prepareSignIn } from "@/lib/runtime/sign-in-runtime";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");
const log = (message: string) => console.log(`[marginalia] ${message}`);

async function main() {
  const signIn = await prepareSignIn(env, root, log);
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    log("using the PostgreSQL server from DATABASE_URL");
  } else {
    embedded = await startEmbeddedPostgres({
      dataDir: env.MARGINALIA_DATA_DIR ?? path.join(root, ".data", "postgres"),
      port: env.EMBEDDED_PG_PORT,
      onError: (message) => console.error(`[postgres] ${message}`),
    });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT}, data in ${embedded.dataDir}`);
  }

  const stopServices = async () => {
    await embedded?.stop();
    embedded = null;
    await signIn.stop();
  };
  try {
    const childEnv = childProcessEnv({ DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...signIn.env });
    await run(process.execPath, [prismaBin, "migrate", "deploy"], { env: childEnv });

    const db = createDbClient(databaseUrl);
    for (const { slug, outcome } of await seedArticles(db)) log(`article ${slug}: ${outcome}`);
    await db.$disconnect();

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
