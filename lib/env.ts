import { existsSync } from "node:fs";
import { z } from "zod";

/**
 * The only reader of process.env. Values are parsed once; everything else
 * imports `env` (typed) or asks for a child-process environment here.
 */
const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().min(1).optional());
const flag = z.preprocess((v) => v === "true" || v === "1", z.boolean()).default(false);

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
  CI: flag,
  /**
   * Comma-separated e-mail addresses whose owners become admins when they sign
   * in with a provider that gives that address (the first admin of a site).
   */
  ADMIN_EMAILS: z
    .preprocess(emptyAsUndefined, z.string().optional())
    .transform((value) => (value ?? "").split(",").map((email) => email.trim().toLowerCase()).filter((email) => email !== "")),

  // Sign-in (Auth.js). Each provider is enabled when its settings are present.
  /** Signs session cookies and tokens; `npm start` generates one into .auth-secret outside production. */
  AUTH_SECRET: z.preprocess(emptyAsUndefined, z.string().min(32, "use at least 32 characters").optional()),
  /** Public origin of the app as the browser sees it (e.g. https://marginalia.example). */
  AUTH_URL: z.preprocess(emptyAsUndefined, z.url().optional()),
  /** Trust the Host / X-Forwarded-* headers (behind a reverse proxy that sets them). */
  AUTH_TRUST_HOST: flag,
  AUTH_GITHUB_ID: optionalString,
  AUTH_GITHUB_SECRET: optionalString,
  AUTH_GOOGLE_ID: optionalString,
  AUTH_GOOGLE_SECRET: optionalString,
  AUTH_WECHAT_APP_ID: optionalString,
  AUTH_WECHAT_APP_SECRET: optionalString,
  /** WebsiteApp: QR-code login on open.weixin.qq.com; OfficialAccount: inside WeChat's browser. */
  AUTH_WECHAT_PLATFORM: z.enum(["WebsiteApp", "OfficialAccount"]).default("WebsiteApp"),
  AUTH_OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.url().optional()),
  AUTH_OIDC_ID: optionalString,
  AUTH_OIDC_SECRET: optionalString,
  AUTH_OIDC_NAME: optionalString,
  AUTH_OIDC2_ISSUER: z.preprocess(emptyAsUndefined, z.url().optional()),
  AUTH_OIDC2_ID: optionalString,
  AUTH_OIDC2_SECRET: optionalString,
  AUTH_OIDC2_NAME: optionalString,
  /** How many local OpenID Connect issuers `npm start` runs when no provider is configured (0 to 2). */
  MARGINALIA_LOCAL_OIDC_ISSUERS: z.coerce.number().int().min(0).max(2).default(1),
  /** Port of the first local issuer; a second one listens on the next port. */
  MARGINALIA_LOCAL_OIDC_PORT: z.coerce.number().int().min(1).max(65534).default(3900),

  // End-to-end tests: ports of the app, its embedded PostgreSQL and the local issuers,
  // so that two checkouts can run their suites side by side.
  MARGINALIA_E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  MARGINALIA_E2E_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54391),
  MARGINALIA_E2E_OIDC_PORT: z.coerce.number().int().min(1).max(65534).default(3190),
});

// A provider is enabled only when all of its settings are present; a partial set
// is a mistake worth stopping for, not a provider to skip silently.
const PROVIDER_SETTINGS = [
  ["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"],
  ["AUTH_GOOGLE_ID", "AUTH_GOOGLE_SECRET"],
  ["AUTH_WECHAT_APP_ID", "AUTH_WECHAT_APP_SECRET"],
  ["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"],
  ["AUTH_OIDC2_ISSUER", "AUTH_OIDC2_ID", "AUTH_OIDC2_SECRET"],
] as const;

const CheckedEnvSchema = EnvSchema.superRefine((values, ctx) => {
  for (const group of PROVIDER_SETTINGS) {
    const present = group.filter((key) => values[key] !== undefined);
    if (present.length === 0 || present.length === group.length) continue;
    for (const key of group.filter((k) => values[k] === undefined)) {
      ctx.addIssue({ code: "custom", path: [key], message: `required together with ${present.join(", ")}` });
    }
  }
});

export type Env = z.infer<typeof EnvSchema>;

function parseEnv(): Env {
  const parsed = CheckedEnvSchema.safeParse(process.env);
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
