import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/runtime/free-port";
import { startLocalOidcProvider, type LocalIssuer } from "@/lib/runtime/local-oidc-provider";

const REDIRECT_URI = "http://127.0.0.1:3999/api/auth/callback/oidc";

/** A browser's cookie jar, reduced to what one issuer needs. */
class Browser {
  private cookies = new Map<string, string>();
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...(init.headers ?? {}), cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const eq = pair.indexOf("=");
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  }
}

const base64url = (buffer: Buffer) => buffer.toString("base64url");
const location = (response: Response) => response.headers.get("location") ?? "";

describe("the local OpenID Connect issuer", () => {
  let issuer: LocalIssuer;
  beforeAll(async () => {
    issuer = await startLocalOidcProvider({ port: await freePort(), redirectUri: REDIRECT_URI, name: "Test issuer" });
  });
  afterAll(async () => {
    await issuer.close();
  });

  function authorizeUrl(params: Record<string, string>) {
    const query = new URLSearchParams({
      client_id: issuer.clientId,
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      scope: "openid profile email",
      ...params,
    });
    return `${issuer.issuer}/auth?${query}`;
  }

  it("listens on 127.0.0.1 and publishes its configuration", async () => {
    expect(issuer.issuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const discovery = (await (await fetch(`${issuer.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(issuer.issuer);
    expect(discovery.code_challenge_methods_supported).toEqual(["S256"]);
  });

  it("refuses an authorization request without PKCE", async () => {
    const response = await new Browser().fetch(authorizeUrl({ state: "s" }));
    const redirect = new URL(location(response));
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URI);
    expect(redirect.searchParams.get("error")).toBe("invalid_request");
    expect(redirect.searchParams.get("error_description")).toMatch(/PKCE/);
  });

  const form = (fields: Record<string, string>) => ({
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });

  /** The browser's part: authorize, the login form, back to the redirect URI; returns the code. */
  async function authorize(browser: Browser, options: { name: string; state: string; nonce: string; challenge: string }) {
    const start = await browser.fetch(
      authorizeUrl({ state: options.state, nonce: options.nonce, code_challenge: options.challenge, code_challenge_method: "S256" }),
    );
    const interaction = new URL(location(start), issuer.issuer).toString();
    const page = await browser.fetch(interaction);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Local demo sign-in for development only");
    const submitted = await browser.fetch(interaction, form({ action: "login", name: options.name }));
    const resumed = await browser.fetch(new URL(location(submitted), issuer.issuer).toString());
    const callback = new URL(location(resumed));
    expect(`${callback.origin}${callback.pathname}`).toBe(REDIRECT_URI);
    expect(callback.searchParams.get("state")).toBe(options.state);
    return callback.searchParams.get("code") ?? "";
  }

  /** The app's part: the code exchange, authenticated with the client secret. */
  function exchange(code: string, codeVerifier: string) {
    return fetch(`${issuer.issuer}/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${issuer.clientId}:${issuer.clientSecret}`).toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: REDIRECT_URI, code_verifier: codeVerifier }),
    });
  }

  it("refuses names the app would refuse, on its own form", async () => {
    const browser = new Browser();
    const start = await browser.fetch(
      authorizeUrl({ state: "s", nonce: "n", code_challenge: base64url(randomBytes(32)), code_challenge_method: "S256" }),
    );
    const refused = await browser.fetch(new URL(location(start), issuer.issuer).toString(), form({ action: "login", name: "a\u200Bb" }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('aria-invalid="true"');
  });

  it("signs a demo user in with the authorization-code flow, PKCE, state and nonce", async () => {
    const browser = new Browser();
    const verifier = base64url(randomBytes(32));
    const challenge = base64url(createHash("sha256").update(verifier).digest());

    const stolen = await authorize(browser, { name: "林小舟", state: "state-1", nonce: "nonce-1", challenge });
    expect((await exchange(stolen, base64url(randomBytes(32)))).status).toBe(400);

    const code = await authorize(browser, { name: "林小舟", state: "state-2", nonce: "nonce-2", challenge });
    const tokens = await exchange(code, verifier);
    expect(tokens.status).toBe(200);
    const { id_token: idToken } = (await tokens.json()) as { id_token: string };
    const claims = JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8")) as Record<string, unknown>;
    expect(claims).toMatchObject({ iss: issuer.issuer, aud: issuer.clientId, nonce: "nonce-2", name: "林小舟", email_verified: true });
    expect(claims.email).toMatch(/^demo-[0-9a-f]{24}@demo\.invalid$/);
    expect(claims.picture).toBe(`${issuer.issuer}/avatar.svg?name=${encodeURIComponent("林小舟")}`);
  });
});
