import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { UserIdParamsSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { requireUser } from "@/lib/auth/require-user";
import { getUserModerationProfile } from "@/lib/moderation/user-moderation-profile";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const GET = handleErrors(async (_request: Request, context: Context) => {
  const { id } = await parseParams(UserIdParamsSchema, context.params);
  const actor = await requireUser();
  return privateJson(await getUserModerationProfile({ actor, userId: id }));
});
