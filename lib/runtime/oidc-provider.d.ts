// oidc-provider ships no types. This declares the part the local demo issuer
// (local-oidc-provider.ts) uses, as documented for oidc-provider 9.x.
declare module "oidc-provider" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export interface InteractionResults {
    login?: { accountId: string };
    consent?: { grantId: string };
    error?: string;
    error_description?: string;
  }

  /** The slice of Koa's context (plus oidc-provider's ctx.oidc) that we read or set. */
  export interface KoaContext {
    method: string;
    path: string;
    req: IncomingMessage;
    res: ServerResponse;
    status: number;
    type: string;
    body: unknown;
    /** False when the handler wrote to ctx.res itself. */
    respond: boolean;
    set(field: string, value: string): void;
    oidc: { result?: InteractionResults };
  }

  export type Middleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export interface AccountClaims {
    sub: string;
    [claim: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): AccountClaims | Promise<AccountClaims>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_secret?: string;
    redirect_uris: string[];
    grant_types?: string[];
    response_types?: string[];
    token_endpoint_auth_method?: string;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
  }

  export class Check {
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
    constructor(reason: string, description: string, error: string, check: (ctx: KoaContext) => boolean | Promise<boolean>);
  }

  export interface Prompt {
    name: string;
    checks: Check[] & { add(check: Check, index?: number): void };
  }

  export type Prompts = Prompt[] & { get(name: string): Prompt | undefined };

  export const interactionPolicy: { base(): Prompts; Check: typeof Check };

  export interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }

  export interface Configuration {
    clients: ClientMetadata[];
    findAccount(ctx: KoaContext, id: string): Promise<Account | undefined> | Account | undefined;
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    cookies?: { keys: string[] };
    features?: { devInteractions?: { enabled: boolean } };
    interactions?: { url(ctx: KoaContext, interaction: Interaction): string; policy?: Prompts };
    jwks?: { keys: Record<string, unknown>[] };
    pkce?: { required(ctx: KoaContext, client: unknown): boolean };
    /** Lifetimes in seconds. */
    ttl?: Record<string, number>;
    renderError?(ctx: KoaContext, out: Record<string, string>, error: Error): void | Promise<void>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    readonly Grant: new (properties: { accountId: string; clientId: string }) => Grant;
    use(middleware: Middleware): this;
    listen(port: number, host: string): Server;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
  }
}
