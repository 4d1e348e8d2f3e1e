import { NextResponse } from "next/server";
import { CommentIdParamsSchema, UpdateCommentSchema } from "@/lib/api/comment-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { editComment } from "@/lib/discussion/edit-comment";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const PATCH = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(CommentIdParamsSchema, context.params);
  const actor = await requireUser();
  const { body } = await parseJsonBody(UpdateCommentSchema, request);
  return NextResponse.json(await editComment({ actor, id, body }), { headers: { "Cache-Control": "private, no-store" } });
});

export const DELETE = handleErrors(async (_request: Request, context: Context) => {
  const { id } = await parseParams(CommentIdParamsSchema, context.params);
  const actor = await requireUser();
  await deleteComment({ actor, id });
  return new Response(null, { status: 204 });
});
