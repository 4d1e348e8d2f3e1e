import { NextResponse } from "next/server";
import { CommentIdParamsSchema } from "@/lib/api/comment-schemas";
import { handleErrors } from "@/lib/api/json-response";
import { CreateReportSchema } from "@/lib/api/moderation-schemas";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { reportComment } from "@/lib/moderation/report-comment";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export const POST = handleErrors(async (request: Request, context: Context) => {
  const { id } = await parseParams(CommentIdParamsSchema, context.params);
  const actor = await requireUser();
  const { reason, details } = await parseJsonBody(CreateReportSchema, request);
  return NextResponse.json(await reportComment({ actor, commentId: id, reason, details }), { status: 201 });
});
