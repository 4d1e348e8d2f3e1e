import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { CreateCommentSchema, ThreadQuerySchema } from "@/lib/api/comment-schemas";
import { idempotencyKey } from "@/lib/api/idempotency-key";
import { handleErrors } from "@/lib/api/json-response";
import { parseParams } from "@/lib/api/parse-params";
import { parseJsonBody, parseQuery } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { ARTICLE_DISCUSSION } from "@/lib/discussion/commentable-blocks";
import { createComment } from "@/lib/discussion/create-comment";
import { listThreads } from "@/lib/discussion/list-threads";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

// Threads show the viewer's own likes and controls: never cache them in shared caches.
const PRIVATE = { "Cache-Control": "private, no-store" };

export const GET = handleErrors(async (request: Request, context: Context) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const query = parseQuery(ThreadQuerySchema, request.url);
  const page = await listThreads({
    slug,
    anchor: query.anchor === ARTICLE_DISCUSSION ? null : query.anchor,
    sort: query.sort,
    cursor: query.cursor,
    limit: query.limit,
    viewer: await getCurrentUser(),
  });
  return NextResponse.json(page, { headers: PRIVATE });
});

/** 201 with the new comment; 200 with the original one when the idempotency key was already used. */
export const POST = handleErrors(async (request: Request, context: Context) => {
  const { slug } = await parseParams(SlugParamsSchema, context.params);
  const actor = await requireUser();
  const input = await parseJsonBody(CreateCommentSchema, request);
  const { comment, created } = await createComment({
    actor,
    slug,
    anchor: input.anchor,
    parentId: input.parentId,
    body: input.body,
    idempotencyKey: idempotencyKey(request, input.idempotencyKey),
  });
  return NextResponse.json(comment, {
    status: created ? 201 : 200,
    headers: { ...PRIVATE, "Idempotent-Replayed": String(!created) },
  });
});
