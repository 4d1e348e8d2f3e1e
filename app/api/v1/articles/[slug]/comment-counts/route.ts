import { NextResponse } from "next/server";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { countComments } from "@/lib/discussion/count-comments";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  // Live: a stale count would disagree with the stream of events that follows.
  return NextResponse.json(await countComments({ slug }), { headers: { "Cache-Control": "no-store" } });
});
