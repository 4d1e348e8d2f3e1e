import { AnnotationFileParamsSchema } from "@/lib/api/highlight-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { jsonLdBaseUrl, jsonLdResponse } from "@/lib/api/jsonld-response";
import { parseParams } from "@/lib/api/parse-params";
import { getPublicAnnotation } from "@/lib/highlights/public-annotations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ file: string }> };

/** `<id>.jsonld`: one public annotation. */
export const GET = handleErrors(async (request: Request, context: Context) => {
  const { file } = await parseParams(AnnotationFileParamsSchema, context.params);
  return jsonLdResponse(await getPublicAnnotation({ id: file.slice(0, -".jsonld".length), baseUrl: jsonLdBaseUrl(request) }));
});
