import "server-only";
import { NextResponse } from "next/server";
import { AppError, toErrorBody } from "@/lib/errors";
import { asBusyDatabaseError } from "@/lib/db/busy-database";
import { env } from "@/lib/env";
import { crossOriginRefusal, siteOrigin } from "@/lib/api/request-guard";

const RETRY_AFTER_SECONDS = "2";

export function jsonError(error: unknown): NextResponse {
  const { status, body } = toErrorBody(asBusyDatabaseError(error));
  if (status === 503) return NextResponse.json(body, { status, headers: { "Retry-After": RETRY_AFTER_SECONDS } });
  const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
  if (retryAfter !== undefined) return NextResponse.json(body, { status, headers: { "Retry-After": String(retryAfter) } });
  if (status >= 500) console.error(error);
  return NextResponse.json(body, { status });
}

/** Refuses a state-changing request from another origin (CSRF: the API's session is a cookie). */
function guardOrigin(request: unknown): void {
  if (!(request instanceof Request)) return;
  const origin = siteOrigin(request, { authUrl: env.AUTH_URL, siteUrl: env.SITE_URL, trustHost: env.AUTH_TRUST_HOST });
  const refusal = crossOriginRefusal(request.method, request.headers, origin);
  if (refusal) throw new AppError(refusal, "Requests from another site are refused.");
}

/**
 * Wraps a route handler so every failure answers in the API's error shape,
 * and state-changing requests from other origins are refused first.
 */
export function handleErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      guardOrigin(args[0]);
      return await handler(...args);
    } catch (error) {
      return jsonError(error);
    }
  };
}
