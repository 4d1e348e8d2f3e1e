import "server-only";
import { NextResponse } from "next/server";

/** Moderation answers carry other users' data and held text: never in a shared cache. */
export function privateJson(body: unknown, init: { status?: number } = {}): NextResponse {
  return NextResponse.json(body, { ...init, headers: { "Cache-Control": "private, no-store" } });
}
