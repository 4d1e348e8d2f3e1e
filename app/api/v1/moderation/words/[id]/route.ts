import { handleErrors } from "@/lib/api/json-response";
import { WordIdParamsSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { requireUser } from "@/lib/auth/require-user";
import { removeWordEntry } from "@/lib/moderation/word-entries";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const DELETE = handleErrors(async (_request: Request, context: Context) => {
  const { id } = await parseParams(WordIdParamsSchema, context.params);
  await removeWordEntry({ actor: await requireUser(), id });
  return new Response(null, { status: 204 });
});
