import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { QueueQuerySchema } from "@/lib/api/moderation-schemas";
import { parseQuery } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { listModerationQueue } from "@/lib/moderation/moderation-queue";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser();
  const query = parseQuery(QueueQuerySchema, request.url);
  return privateJson(await listModerationQueue({ actor, tab: query.tab, cursor: query.cursor, limit: query.limit }));
});
