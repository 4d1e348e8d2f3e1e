import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { MarkNotificationsReadSchema } from "@/lib/api/comment-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseJsonBody } from "@/lib/api/parse-request";
import { notificationReader } from "@/lib/discussion/notification-reader";
import { markNotificationsRead } from "@/lib/discussion/mark-notifications-read";

export const dynamic = "force-dynamic";

/** Answers with what is still unread. */
export const POST = handleErrors(async (request: Request) => {
  // Signed out is a 401 whatever the body says.
  const user = notificationReader(await getCurrentUser());
  const input = await parseJsonBody(MarkNotificationsReadSchema, request);
  const unread = await markNotificationsRead({ user, target: input.ids ? { ids: input.ids } : { all: true } });
  return NextResponse.json({ unread }, { headers: { "Cache-Control": "private, no-store" } });
});
