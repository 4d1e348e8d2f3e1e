import type { NextRequest } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isEventId } from "@/lib/realtime/article-event-types";
import { findArticleIdForEvents, openArticleEventStream, SSE_HEADERS } from "@/lib/realtime/article-event-stream";
import { getArticleEventHub } from "@/lib/realtime/event-hub";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * The browser's own reconnects send the Last-Event-ID header; a client that
 * re-creates its EventSource passes ?lastEventId= instead. The header wins.
 */
function lastEventIdOf(request: NextRequest): string | null {
  const value = request.headers.get("last-event-id") ?? request.nextUrl.searchParams.get("lastEventId");
  if (value === null || value === "") return null;
  if (!isEventId(value)) throw new AppError("bad_request", "Last-Event-ID must be an event id from this stream.");
  return value;
}

export const GET = handleErrors(async (request: NextRequest, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const lastEventId = lastEventIdOf(request);
  const db = getDb();
  const articleId = await findArticleIdForEvents(db, slug);
  const stream = await openArticleEventStream({ db, hub: getArticleEventHub(), articleId, lastEventId, signal: request.signal });
  return new Response(stream, { headers: SSE_HEADERS });
});
