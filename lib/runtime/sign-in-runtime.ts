import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Env } from "@/lib/env";
import { enabledProviderSettings } from "@/lib/auth/provider-settings";
import { startLocalOidcProvider, type LocalIssuer } from "@/lib/runtime/local-oidc-provider";

/**
 * What `npm start` prepares for sign-in before `next start`: the Auth.js
 * secret, the app's public URL, and, when no provider is configured outside
 * production, local OpenID Connect issuers wired in as ordinary OIDC providers.
 * Everything reaches the app through its environment.
 */
export type SignInRuntime = { env: Record<string, string>; stop: () => Promise<void> };

const SECRET_FILE = ".auth-secret";
const LOCAL_ISSUER_NAMES = ["本地演示 Demo", "本地演示 Demo 2"] as const;
const LOCAL_ISSUER_KEYS = [
  { id: "oidc", prefix: "AUTH_OIDC" },
  { id: "oidc2", prefix: "AUTH_OIDC2" },
] as const;

/** The secret from .auth-secret, created (random, owner-only) on first use. */
function localSecret(root: string): string {
  const file = path.join(root, SECRET_FILE);
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

// A server listening on every interface is still reached by the browser at the loopback address.
const browserHost = (host: string) => (host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host);

export async function prepareSignIn(env: Env, root: string, log: (message: string) => void): Promise<SignInRuntime> {
  const production = env.NODE_ENV === "production";
  if (production && !env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is required in production (at least 32 random characters, e.g. `openssl rand -base64 32`).");
  }
  const authUrl = env.AUTH_URL ?? env.SITE_URL ?? (production ? undefined : `http://${browserHost(env.HOST)}:${env.PORT}`);
  const settings = enabledProviderSettings(env);
  if (production && settings.length > 0 && !authUrl && !env.AUTH_TRUST_HOST) {
    throw new Error("Set AUTH_URL to the site's public origin (or AUTH_TRUST_HOST=true behind a proxy that sets X-Forwarded-Host).");
  }

  const childEnv: Record<string, string> = { AUTH_SECRET: env.AUTH_SECRET ?? localSecret(root) };
  if (authUrl) childEnv.AUTH_URL = authUrl;
  if (!env.AUTH_SECRET) log(`AUTH_SECRET is not set: using the local one in ${SECRET_FILE}`);

  const issuers: LocalIssuer[] = [];
  const stop = async () => {
    await Promise.all(issuers.map((issuer) => issuer.close()));
  };
  if (settings.length > 0) {
    log(`sign-in providers: ${settings.map((setting) => setting.id).join(", ")}`);
    return { env: childEnv, stop };
  }
  if (production || env.MARGINALIA_LOCAL_OIDC_ISSUERS === 0 || !authUrl) {
    log("no sign-in provider is configured: reading works, signing in does not (see README, Sign-in)");
    return { env: childEnv, stop };
  }
  try {
    for (let i = 0; i < env.MARGINALIA_LOCAL_OIDC_ISSUERS; i++) {
      const { id, prefix } = LOCAL_ISSUER_KEYS[i]!;
      const name = LOCAL_ISSUER_NAMES[i]!;
      const issuer = await startLocalOidcProvider({
        port: env.MARGINALIA_LOCAL_OIDC_PORT + i,
        redirectUri: `${authUrl}/api/auth/callback/${id}`,
        name,
      });
      issuers.push(issuer);
      Object.assign(childEnv, {
        [`${prefix}_ISSUER`]: issuer.issuer,
        [`${prefix}_ID`]: issuer.clientId,
        [`${prefix}_SECRET`]: issuer.clientSecret,
        [`${prefix}_NAME`]: name,
      });
      log(`local OpenID Connect sign-in for development is running at ${issuer.issuer} — NOT for production`);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: childEnv, stop };
}
