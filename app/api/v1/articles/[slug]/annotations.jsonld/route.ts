import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { AnnotationPageQuerySchema } from "@/lib/api/highlight-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { jsonLdBaseUrl, jsonLdResponse } from "@/lib/api/jsonld-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseQuery } from "@/lib/api/parse-request";
import { listPublicAnnotations } from "@/lib/highlights/public-annotations";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export const GET = handleErrors(async (request: Request, context: Context) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const { page } = parseQuery(AnnotationPageQuerySchema, request.url);
  return jsonLdResponse(await listPublicAnnotations({ slug, page, baseUrl: jsonLdBaseUrl(request) }));
});
