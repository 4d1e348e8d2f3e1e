import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * The only reader of process.env. Values are parsed once; everything else
 * imports `env` (typed) or asks for a child-process environment here.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  MARGINALIA_DATA_DIR: optionalString,
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Public origin of the site, used for absolute URLs (Open Graph). */
  SITE_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  CI: z.preprocess((v) => v === "true" || v === "1", z.boolean()).default(false),
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

// Next.js loads .env itself; CLI entry points (start, seed, prisma.config.ts) rely on this.
// Variables already set win over the file.
if (existsSync(".env")) process.loadEnvFile(".env");

export const env: Env = parseEnv();

/** The environment for a child process: ours plus overrides. */
export function childProcessEnv(overrides: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
