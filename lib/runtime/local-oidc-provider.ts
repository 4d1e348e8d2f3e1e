import { generateKeyPairSync, randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import Provider, { interactionPolicy, type KoaContext, type Middleware } from "oidc-provider";
import { demoAvatarSvg, demoUser, type DemoUser } from "@/lib/runtime/demo-users";
import { errorPage, loginPage } from "@/lib/runtime/local-oidc-pages";

/**
 * A real OpenID Connect provider (oidc-provider) for signing in without the
 * internet: bound to 127.0.0.1, one confidential client (the app) with PKCE
 * required, and a login form where any name is a demo user. The app talks to
 * it as to any OIDC issuer, so sign-in runs the production code path.
 */
export type LocalIssuer = { issuer: string; clientId: string; clientSecret: string; close: () => Promise<void> };

const HOST = "127.0.0.1";
const CLIENT_ID = "marginalia-local";
const MAX_FORM_BYTES = 4096;

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = "";
  for await (const chunk of req) {
    body += String(chunk);
    if (body.length > MAX_FORM_BYTES) throw new Error("form too large");
  }
  return new URLSearchParams(body);
}

function signingKey() {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { ...privateKey.export({ format: "jwk" }), kid: "local-demo", alg: "RS256", use: "sig" };
}

// The login prompt runs on every authorization, not only when the issuer has no
// session: a developer picks which demo user to be each time.
function askEveryTime() {
  const policy = interactionPolicy.base();
  policy
    .get("login")
    ?.checks.add(
      new interactionPolicy.Check("demo_user_each_time", "the demo issuer asks for a user on every sign-in", "login_required", (ctx) =>
        ctx.oidc.result?.login ? interactionPolicy.Check.NO_NEED_TO_PROMPT : interactionPolicy.Check.REQUEST_PROMPT,
      ),
    );
  return policy;
}

function html(ctx: KoaContext, status: number, body: string) {
  ctx.status = status;
  ctx.type = "html";
  ctx.set("Cache-Control", "no-store");
  ctx.body = body;
}

function interactions(provider: Provider, users: Map<string, DemoUser>, name: string): Middleware {
  return async (ctx, next) => {
    if (ctx.path === "/avatar.svg" && ctx.method === "GET") {
      const query = new URL(ctx.req.url ?? "/", "http://local").searchParams;
      ctx.type = "image/svg+xml";
      ctx.body = demoAvatarSvg(query.get("name") ?? "?");
      return;
    }
    const uid = /^\/interaction\/([\w-]+)$/.exec(ctx.path)?.[1];
    if (!uid) return next();
    const action = `/interaction/${uid}`;
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    if (ctx.method === "GET") return html(ctx, 200, loginPage({ issuerName: name, action }));
    if (ctx.method !== "POST") return html(ctx, 405, errorPage(name, { error: "method not allowed" }));

    const form = await readForm(ctx.req);
    if (form.get("action") === "cancel") {
      // interactionFinished() writes the redirect to the raw response itself.
      ctx.respond = false;
      return provider.interactionFinished(ctx.req, ctx.res, { error: "access_denied", error_description: "The user cancelled." });
    }
    const typed = form.get("name") ?? "";
    const result = demoUser(typed);
    if (!result.ok) return html(ctx, 400, loginPage({ issuerName: name, action, value: typed, problem: result.problem }));
    users.set(result.user.sub, result.user);
    // Consent is implied: the only client is the app this issuer was started for.
    const grant = new provider.Grant({ accountId: result.user.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope ?? "openid"));
    const grantId = await grant.save();
    ctx.respond = false;
    await provider.interactionFinished(
      ctx.req,
      ctx.res,
      { login: { accountId: result.user.sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  };
}

export async function startLocalOidcProvider(options: { port: number; redirectUri: string; name: string }): Promise<LocalIssuer> {
  const issuer = `http://${HOST}:${options.port}`;
  const clientSecret = randomBytes(24).toString("base64url");
  const users = new Map<string, DemoUser>();

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: [options.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    findAccount: (_ctx, sub) => {
      const user = users.get(sub);
      if (!user) return undefined;
      const picture = `${issuer}/avatar.svg?${new URLSearchParams({ name: user.name })}`;
      return {
        accountId: sub,
        claims: () => ({ sub, name: user.name, email: user.email, email_verified: true, picture }),
      };
    },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "picture"] },
    // Put the profile claims in the ID token, where Auth.js reads them.
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Short-lived everything: this issuer only lives as long as `npm start`.
    ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 600, Interaction: 600, Session: 3600 },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    jwks: { keys: [signingKey()] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}`, policy: askEveryTime() },
    renderError: (ctx, out) => html(ctx, ctx.status || 400, errorPage(options.name, out)),
  });
  provider.use(interactions(provider, users, options.name));

  const server = provider.listen(options.port, HOST);
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(new Error(`the local OpenID Connect issuer could not listen on ${HOST}:${options.port} (${error.code ?? error.message})`)),
    );
  });
  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
