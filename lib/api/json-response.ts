import "server-only";
import { NextResponse } from "next/server";
import { AppError, toErrorBody } from "@/lib/errors";
import { asBusyDatabaseError } from "@/lib/db/busy-database";

const RETRY_AFTER_SECONDS = "2";

export function jsonError(error: unknown): NextResponse {
  const { status, body } = toErrorBody(asBusyDatabaseError(error));
  if (status === 503) return NextResponse.json(body, { status, headers: { "Retry-After": RETRY_AFTER_SECONDS } });
  const retryAfter = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
  if (retryAfter !== undefined) return NextResponse.json(body, { status, headers: { "Retry-After": String(retryAfter) } });
  if (status >= 500) console.error(error);
  return NextResponse.json(body, { status });
}

/** Wraps a route handler so every failure answers in the API's error shape. */
export function handleErrors<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      return jsonError(error);
    }
  };
}
