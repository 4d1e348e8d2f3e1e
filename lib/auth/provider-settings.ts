import type { Env } from "@/lib/env";

/**
 * The sign-in providers the environment enables, as plain data: the Auth.js
 * config builds providers from it, the UI lists buttons from it, and `npm start`
 * reads it to decide whether the local demo issuer is needed.
 */
export type OidcSetting = { kind: "oidc"; id: "oidc" | "oidc2"; name: string; issuer: string; clientId: string; clientSecret: string };
export type ProviderSetting =
  | { kind: "github"; id: "github"; name: string; clientId: string; clientSecret: string }
  | { kind: "google"; id: "google"; name: string; clientId: string; clientSecret: string }
  | {
      kind: "wechat";
      id: "wechat";
      name: string;
      clientId: string;
      clientSecret: string;
      platformType: Env["AUTH_WECHAT_PLATFORM"];
    }
  | OidcSetting;

/** What the browser needs to draw a sign-in button (no secrets). */
export type ProviderButton = { id: ProviderSetting["id"]; name: string };

const DEFAULT_OIDC_NAME = "OpenID Connect";

export function enabledProviderSettings(env: Env): ProviderSetting[] {
  const settings: ProviderSetting[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    settings.push({ kind: "github", id: "github", name: "GitHub", clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET });
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    settings.push({ kind: "google", id: "google", name: "Google", clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET });
  }
  if (env.AUTH_WECHAT_APP_ID && env.AUTH_WECHAT_APP_SECRET) {
    settings.push({
      kind: "wechat",
      id: "wechat",
      name: "WeChat",
      clientId: env.AUTH_WECHAT_APP_ID,
      clientSecret: env.AUTH_WECHAT_APP_SECRET,
      platformType: env.AUTH_WECHAT_PLATFORM,
    });
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    settings.push({
      kind: "oidc",
      id: "oidc",
      name: env.AUTH_OIDC_NAME ?? DEFAULT_OIDC_NAME,
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
    });
  }
  if (env.AUTH_OIDC2_ISSUER && env.AUTH_OIDC2_ID && env.AUTH_OIDC2_SECRET) {
    settings.push({
      kind: "oidc",
      id: "oidc2",
      name: env.AUTH_OIDC2_NAME ?? DEFAULT_OIDC_NAME,
      issuer: env.AUTH_OIDC2_ISSUER,
      clientId: env.AUTH_OIDC2_ID,
      clientSecret: env.AUTH_OIDC2_SECRET,
    });
  }
  return settings;
}

export function providerButtons(settings: readonly ProviderSetting[]): ProviderButton[] {
  return settings.map(({ id, name }) => ({ id, name }));
}
