import { NextResponse } from "next/server";
import { CommentIdParamsSchema } from "@/lib/api/comment-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { requireUser } from "@/lib/auth/require-user";
import { setLike } from "@/lib/discussion/set-like";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function likeHandler(liked: boolean) {
  return handleErrors(async (_request: Request, context: Context) => {
    const { id } = await parseParams(CommentIdParamsSchema, context.params);
    const actor = await requireUser();
    return NextResponse.json(await setLike({ actor, id, liked }), { headers: { "Cache-Control": "private, no-store" } });
  });
}

/** PUT likes, DELETE unlikes; both are idempotent and answer with the resulting state. */
export const PUT = likeHandler(true);
export const DELETE = likeHandler(false);
