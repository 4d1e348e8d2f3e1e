import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { env, type Env } from "@/lib/env";
import { prepareSignIn, type SignInRuntime } from "@/lib/runtime/sign-in-runtime";

const NO_PROVIDERS = {
  AUTH_SECRET: undefined,
  AUTH_URL: undefined,
  SITE_URL: undefined,
  AUTH_TRUST_HOST: false,
  AUTH_GITHUB_ID: undefined,
  AUTH_GITHUB_SECRET: undefined,
  AUTH_GOOGLE_ID: undefined,
  AUTH_GOOGLE_SECRET: undefined,
  AUTH_WECHAT_APP_ID: undefined,
  AUTH_WECHAT_APP_SECRET: undefined,
  AUTH_OIDC_ISSUER: undefined,
  AUTH_OIDC_ID: undefined,
  AUTH_OIDC_SECRET: undefined,
  AUTH_OIDC2_ISSUER: undefined,
  AUTH_OIDC2_ID: undefined,
  AUTH_OIDC2_SECRET: undefined,
} satisfies Partial<Env>;
const SECRET = "s".repeat(40);

/** A port with a free neighbour, for two local issuers. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (!address || typeof address === "string") continue;
    const neighbour = createServer();
    const free = await new Promise<boolean>((resolve) => {
      neighbour.once("error", () => resolve(false));
      neighbour.listen(address.port + 1, "127.0.0.1", () => resolve(true));
    });
    if (free) await new Promise((resolve) => neighbour.close(resolve));
    if (free) return address.port;
  }
}

describe("prepareSignIn", () => {
  let root: string;
  let runtime: SignInRuntime | undefined;
  const messages: string[] = [];
  const log = (message: string) => messages.push(message);
  const settings = (overrides: Partial<Env>): Env => ({ ...env, ...NO_PROVIDERS, HOST: "127.0.0.1", PORT: 3000, ...overrides });

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), "marginalia-sign-in-"));
    messages.length = 0;
  });
  afterEach(async () => {
    await runtime?.stop();
    runtime = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  it("refuses to start in production without AUTH_SECRET", async () => {
    await expect(prepareSignIn(settings({ NODE_ENV: "production" }), root, log)).rejects.toThrow(/AUTH_SECRET is required in production/);
  });

  it("refuses a production provider without a public URL or trusted proxy", async () => {
    const production = settings({ NODE_ENV: "production", AUTH_SECRET: SECRET, AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "secret" });
    await expect(prepareSignIn(production, root, log)).rejects.toThrow(/AUTH_URL/);
    runtime = await prepareSignIn({ ...production, AUTH_TRUST_HOST: true }, root, log);
    expect(runtime.env).toEqual({ AUTH_SECRET: SECRET });
  });

  it("never starts the local issuer in production", async () => {
    runtime = await prepareSignIn(settings({ NODE_ENV: "production", AUTH_SECRET: SECRET }), root, log);
    expect(runtime.env).toEqual({ AUTH_SECRET: SECRET });
    expect(messages.join("\n")).toMatch(/no sign-in provider is configured/);
  });

  it("never starts the local issuer when a provider is configured", async () => {
    runtime = await prepareSignIn(settings({ AUTH_OIDC_ISSUER: "https://id.example", AUTH_OIDC_ID: "a", AUTH_OIDC_SECRET: "b" }), root, log);
    expect(runtime.env.AUTH_OIDC_ISSUER).toBeUndefined();
    expect(messages.join("\n")).not.toMatch(/local OpenID Connect/);
  });

  it("outside production, generates .auth-secret once and runs local issuers wired in as OIDC providers", async () => {
    const port = await freePortPair();
    runtime = await prepareSignIn(settings({ MARGINALIA_LOCAL_OIDC_ISSUERS: 2, MARGINALIA_LOCAL_OIDC_PORT: port }), root, log);
    const secretFile = path.join(root, ".auth-secret");
    expect(runtime.env.AUTH_SECRET).toBe(readFileSync(secretFile, "utf8").trim());
    expect(runtime.env.AUTH_SECRET?.length).toBeGreaterThanOrEqual(32);
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(runtime.env).toMatchObject({
      AUTH_URL: "http://127.0.0.1:3000",
      AUTH_OIDC_ISSUER: `http://127.0.0.1:${port}`,
      AUTH_OIDC2_ISSUER: `http://127.0.0.1:${port + 1}`,
    });
    expect(messages).toContain(`local OpenID Connect sign-in for development is running at http://127.0.0.1:${port} — NOT for production`);
    const discovery = await fetch(`${runtime.env.AUTH_OIDC2_ISSUER}/.well-known/openid-configuration`);
    expect(discovery.status).toBe(200);

    const first = runtime.env.AUTH_SECRET;
    await runtime.stop();
    runtime = await prepareSignIn(settings({ MARGINALIA_LOCAL_OIDC_ISSUERS: 0 }), root, log);
    expect(runtime.env).toEqual({ AUTH_SECRET: first, AUTH_URL: "http://127.0.0.1:3000" });
  });
});
