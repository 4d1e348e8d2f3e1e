import "server-only";
import { getTranslations } from "next-intl/server";
import { jsonError } from "@/lib/api/json-response";
import { clientAddress } from "@/lib/auth/client-address";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getModerationSettings } from "@/lib/moderation/moderation-settings";
import { consumeRateLimit, type RateLimitResult } from "@/lib/moderation/rate-limit";

const WINDOW_SECONDS = 15 * 60;

/**
 * The two requests of a sign-in that an attacker would repeat: starting it
 * (the sign-in action, or POST /api/auth/signin/<provider>) and the provider's
 * callback. Each is limited per address to the settings' signInAttemptsPer15Min
 * on its own, so that one honest sign-in costs one attempt of each.
 */
export type SignInStep = "start" | "callback";

/** Counts a sign-in step from the request's address (see client-address.ts). */
export async function countSignInAttempt(step: SignInStep, headers: Headers, db: PrismaClient = getDb()): Promise<RateLimitResult> {
  const settings = await getModerationSettings(db);
  const address = clientAddress(headers, env.AUTH_TRUST_HOST);
  return consumeRateLimit(db, `sign-in:${step}:${address}`, { count: settings.signInAttemptsPer15Min, periodSeconds: WINDOW_SECONDS });
}

/** "Try again in N minutes", in the reader's language. */
export async function tooManyAttemptsMessage(retryAfterSeconds: number): Promise<string> {
  const t = await getTranslations("auth.errors");
  return t("tooManyAttempts", { minutes: Math.ceil(retryAfterSeconds / 60) });
}

/** Which step of a sign-in an Auth.js route request is, if any. */
function signInStep(request: Request): SignInStep | null {
  const [action] = new URL(request.url).pathname.split("/api/auth/")[1]?.split("/") ?? [];
  if (action === "callback") return "callback";
  if (action === "signin" && request.method === "POST") return "start";
  return null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Wraps an Auth.js route handler: sign-in steps beyond the limit are answered
 * with 429 and Retry-After, in the API's error shape for clients asking for
 * JSON and as a short page for browsers (a provider's callback is a page load).
 */
export function limitSignInAttempts<R extends Request>(
  handler: (request: R) => Promise<Response>,
  options: { db?: PrismaClient } = {},
): (request: R) => Promise<Response> {
  return async (request) => {
    const step = signInStep(request);
    const result = step ? await countSignInAttempt(step, request.headers, options.db) : null;
    if (!result || result.allowed) return handler(request);
    const seconds = result.retryAfterSeconds;
    if (request.headers.get("accept")?.includes("application/json")) {
      const message = `Too many sign-in attempts from this address. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
      return jsonError(new AppError("rate_limited", message, undefined, { retryAfterSeconds: seconds }));
    }
    const message = await tooManyAttemptsMessage(seconds);
    const t = await getTranslations("auth");
    const page = `<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(t("signInTitle"))}</title><p role="alert">${escapeHtml(message)}</p><p><a href="/sign-in">${escapeHtml(t("signIn"))}</a></p>`;
    return new Response(page, { status: 429, headers: { "Retry-After": String(seconds), "Content-Type": "text/html; charset=utf-8" } });
  };
}
