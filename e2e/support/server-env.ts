import { tmpdir } from "node:os";
import path from "node:path";
import { env } from "../../lib/env";

/** The app under test: its own port, its own embedded PostgreSQL and data directory. */
export const E2E_PORT = env.MARGINALIA_E2E_PORT;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(tmpdir(), `marginalia-e2e-${E2E_PORT}`, "postgres");

/** Two local OpenID Connect issuers (ids "oidc" and "oidc2"), so tests can link a second identity. */
export const E2E_OIDC_PORT = env.MARGINALIA_E2E_OIDC_PORT;
// Provider settings from the developer's shell would replace the local issuers.
const NO_CONFIGURED_PROVIDERS = Object.fromEntries(
  ["GITHUB_ID", "GITHUB_SECRET", "GOOGLE_ID", "GOOGLE_SECRET", "WECHAT_APP_ID", "WECHAT_APP_SECRET", "OIDC_ISSUER", "OIDC_ID", "OIDC_SECRET", "OIDC2_ISSUER", "OIDC2_ID", "OIDC2_SECRET", "URL"].map(
    (name) => [`AUTH_${name}`, ""],
  ),
);

/** The demo user the suite's ADMIN_EMAILS names (see lib/runtime/demo-users.ts for the address). */
export const E2E_ADMIN_USER = "e2e-admin";
const E2E_ADMIN_EMAIL = `${E2E_ADMIN_USER}@demo.invalid`;

export const E2E_SERVER_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  EMBEDDED_PG_PORT: String(env.MARGINALIA_E2E_PG_PORT),
  MARGINALIA_DATA_DIR: E2E_DATA_DIR,
  DATABASE_URL: "",
  ...NO_CONFIGURED_PROVIDERS,
  MARGINALIA_LOCAL_OIDC_ISSUERS: "2",
  MARGINALIA_LOCAL_OIDC_PORT: String(E2E_OIDC_PORT),
  // The local issuer's address for the demo user "e2e-admin": signing in as them makes an admin.
  ADMIN_EMAILS: E2E_ADMIN_EMAIL,
};

/** The embedded PostgreSQL that `npm start` runs for the tests, for specs that check rows directly. */
export const E2E_DATABASE_URL = `postgresql://postgres:marginalia-local@127.0.0.1:${E2E_SERVER_ENV.EMBEDDED_PG_PORT}/marginalia`;
