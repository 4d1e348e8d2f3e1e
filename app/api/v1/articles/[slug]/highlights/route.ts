import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { CreateHighlightSchema } from "@/lib/api/highlight-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { listArticleHighlights } from "@/lib/highlights/list-article-highlights";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

// The list holds the viewer's private highlights: never in shared caches.
const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = handleErrors(async (_request: Request, context: Context) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  return NextResponse.json(await listArticleHighlights({ slug, viewer: await getCurrentUser() }), { headers: PRIVATE });
});

export const POST = handleErrors(async (request: Request, context: Context) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const actor = await requireUser();
  const input = await parseJsonBody(CreateHighlightSchema, request);
  return NextResponse.json(await createHighlight({ actor, slug, input }), { status: 201, headers: PRIVATE });
});
