import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { handleErrors } from "@/lib/api/json-response";
import { countUnreadNotifications } from "@/lib/discussion/count-unread-notifications";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => {
  const unread = await countUnreadNotifications({ user: await getCurrentUser() });
  return NextResponse.json({ unread }, { headers: { "Cache-Control": "private, no-store" } });
});
