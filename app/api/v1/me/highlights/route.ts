import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { MyHighlightQuerySchema } from "@/lib/api/highlight-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseQuery } from "@/lib/api/parse-request";
import { listMyHighlights } from "@/lib/highlights/list-my-highlights";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (request: Request) => {
  const query = parseQuery(MyHighlightQuerySchema, request.url);
  const page = await listMyHighlights({ user: await getCurrentUser(), cursor: query.cursor, limit: query.limit });
  return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
