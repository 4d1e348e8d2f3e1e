import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { NotificationQuerySchema } from "@/lib/api/comment-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseQuery } from "@/lib/api/parse-request";
import { listNotifications } from "@/lib/discussion/list-notifications";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (request: Request) => {
  const query = parseQuery(NotificationQuerySchema, request.url);
  const page = await listNotifications({ user: await getCurrentUser(), cursor: query.cursor, limit: query.limit });
  return NextResponse.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
