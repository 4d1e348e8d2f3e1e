import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { SetRoleSchema, UserIdParamsSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import type { Role } from "@/lib/generated/prisma/enums";
import { setUserRole } from "@/lib/moderation/user-role";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const ROLES = { member: "MEMBER", moderator: "MODERATOR", admin: "ADMIN" } as const satisfies Record<string, Role>;

export const PUT = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(UserIdParamsSchema, context.params);
  const actor = await requireUser();
  const { role } = await parseJsonBody(SetRoleSchema, request);
  return privateJson(await setUserRole({ actor, userId: id, role: ROLES[role] }));
});
