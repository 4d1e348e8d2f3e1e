import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { SetStandingSchema, UserIdParamsSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { setUserStanding } from "@/lib/moderation/user-standing";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(UserIdParamsSchema, context.params);
  const actor = await requireUser();
  const { action, until, reason } = await parseJsonBody(SetStandingSchema, request);
  return privateJson(await setUserStanding({ actor, userId: id, action, until: until ? new Date(until) : undefined, reason }));
});
