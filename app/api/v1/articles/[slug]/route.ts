import { NextResponse } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { getArticle } from "@/lib/articles/get-article";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  return NextResponse.json(await getArticle(slug));
});
