import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { CommentActionsRequestSchema } from "@/lib/api/moderation-schemas";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { moderateComments } from "@/lib/moderation/moderate-comments";

export const dynamic = "force-dynamic";

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser();
  const { commentIds, action, reason } = await parseJsonBody(CommentActionsRequestSchema, request);
  return privateJson({ results: await moderateComments({ actor, commentIds, action, reason }) });
});
