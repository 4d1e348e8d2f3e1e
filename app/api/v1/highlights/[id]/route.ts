import { NextResponse } from "next/server";
import { HighlightIdParamsSchema, UpdateHighlightSchema } from "@/lib/api/highlight-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { deleteHighlight } from "@/lib/highlights/delete-highlight";
import { updateHighlight } from "@/lib/highlights/update-highlight";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(HighlightIdParamsSchema, context.params);
  const actor = await requireUser();
  const input = await parseJsonBody(UpdateHighlightSchema, request);
  return NextResponse.json(await updateHighlight({ actor, id, input }), { headers: { "Cache-Control": "private, no-store" } });
});

export const DELETE = handleErrors(async (_request: Request, context: Context) => {
  const { id } = await parseParams(HighlightIdParamsSchema, context.params);
  const actor = await requireUser();
  await deleteHighlight({ actor, id });
  return new Response(null, { status: 204 });
});
