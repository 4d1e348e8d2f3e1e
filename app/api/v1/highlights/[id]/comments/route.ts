import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { CreateNoteReplySchema, HighlightIdParamsSchema } from "@/lib/api/highlight-schemas";
import { idempotencyKey } from "@/lib/api/idempotency-key";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { createNoteReply, listNoteThread } from "@/lib/highlights/note-thread";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

// Threads show the viewer's own likes and controls: never cache them in shared caches.
const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = handleErrors(async (_request: Request, context: Context) => {
  const { id } = await parseParams(HighlightIdParamsSchema, context.params);
  return NextResponse.json(await listNoteThread({ id, viewer: await getCurrentUser() }), { headers: PRIVATE });
});

/** 201 with the new reply; 200 with the original one when the idempotency key was already used. */
export const POST = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(HighlightIdParamsSchema, context.params);
  const actor = await requireUser();
  const input = await parseJsonBody(CreateNoteReplySchema, request);
  const { comment, created } = await createNoteReply({
    actor,
    id,
    body: input.body,
    parentId: input.parentId,
    idempotencyKey: idempotencyKey(request, input.idempotencyKey),
  });
  return NextResponse.json(comment, { status: created ? 201 : 200, headers: { ...PRIVATE, "Idempotent-Replayed": String(!created) } });
});
