import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { UserCommentsQuerySchema, UserIdParamsSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { parseQuery } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { listUserComments } from "@/lib/moderation/user-moderation-profile";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(UserIdParamsSchema, context.params);
  const actor = await requireUser();
  const { cursor } = parseQuery(UserCommentsQuerySchema, request.url);
  return privateJson(await listUserComments({ actor, userId: id, cursor }));
});
