import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { AddWordsSchema } from "@/lib/api/moderation-schemas";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { addWordEntries, listWordEntries } from "@/lib/moderation/word-entries";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => privateJson({ entries: await listWordEntries({ actor: await requireUser() }) }));

export const POST = handleErrors(async (request: Request) => {
  const actor = await requireUser();
  const { kind, terms } = await parseJsonBody(AddWordsSchema, request);
  const result = await addWordEntries({ actor, kind, terms });
  return privateJson(result, { status: result.added.length > 0 ? 201 : 200 });
});
