import "server-only";
import { NextResponse } from "next/server";
import { toErrorBody } from "@/lib/errors";

export function jsonError(error: unknown): NextResponse {
  const { status, body } = toErrorBody(error);
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
