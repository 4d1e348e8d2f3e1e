import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import {
  CommentCountsSchema,
  CommentIdParamsSchema,
  CommentSchema,
  CreateCommentSchema,
  LikeStateSchema,
  MarkNotificationsReadSchema,
  NotificationPageSchema,
  NotificationQuerySchema,
  ThreadPageSchema,
  ThreadQuerySchema,
  UnreadCountSchema,
  UpdateCommentSchema,
} from "@/lib/api/comment-schemas";
import { json, jsonBody, SIGNED_IN, unauthorized, badJson } from "@/lib/api/openapi-parts";
import { errorResponse, rateLimitedResponse, SCREENING_NOTE } from "@/lib/api/error-schema";

const forbiddenStanding = errorResponse("Someone else's comment (forbidden), or the account is suspended or banned (account_suspended, account_banned).");
const notFound = errorResponse("No comment with that id, or none you may see (someone else's deleted, held or removed comment, or one in someone else's private note).");
const invalid = errorResponse("Fields that do not fit (validation_failed, with `fields`).");

function registerCommentPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}/comments",
    summary: "A page of threads of one discussion: a block's (anchor) or the whole article's (anchor=article)",
    description:
      "Roots in the chosen order, each with all its visible replies oldest first. Deleted comments appear (body null) only while replies hang below them. Keyset pagination: pass nextCursor back as cursor with the same anchor and sort.",
    request: { params: SlugParamsSchema, query: ThreadQuerySchema },
    responses: {
      200: json("The page.", ThreadPageSchema),
      400: errorResponse("The cursor is not one this list issued (bad_request)."),
      404: errorResponse("No article with that slug."),
      422: errorResponse("The anchor is not a commentable block of this article, or a query parameter does not fit."),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/articles/{slug}/comments",
    summary: "Post a comment or a reply",
    description: `${SIGNED_IN} Replies nest to depth 2; a reply to a depth-2 comment is stored beside it at depth 2 with replyTo naming whom it answers. With an idempotency key (body field or Idempotency-Key header, a UUID) a repeated submission returns the original comment with 200 and creates nothing. ${SCREENING_NOTE}`,
    request: {
      params: SlugParamsSchema,
      headers: z.object({ "Idempotency-Key": z.uuid().optional() }),
      ...jsonBody(CreateCommentSchema),
    },
    responses: {
      201: json("Created; the header Idempotent-Replayed is false.", CommentSchema),
      200: json("The comment this idempotency key created earlier; nothing new was created (Idempotent-Replayed: true).", CommentSchema),
      400: badJson,
      401: unauthorized,
      403: errorResponse("The account is suspended or banned."),
      404: errorResponse("No article with that slug."),
      409: errorResponse("The idempotency key was already used for a comment in another discussion (conflict), or the text repeats one of your recent comments (duplicate_comment), or a moderator locked the thread (thread_locked)."),
      422: errorResponse(
        "Body empty or over the limit, anchor not a current commentable block, or parentId not a published comment of the same discussion (validation_failed); or the text contains a blocked word (blocked_word, details.words names them); or lists, quotes and emphasis nested more than 10 levels deep (too_deeply_nested).",
      ),
      429: rateLimitedResponse,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}/comment-counts",
    summary: "Published comments per commentable block and on the whole article",
    request: { params: SlugParamsSchema },
    responses: { 200: json("Every current commentable block, with 0 where there is none.", CommentCountsSchema), 404: errorResponse("No article with that slug.") },
  });
  registry.registerPath({
    method: "patch",
    path: "/api/v1/comments/{id}",
    summary: "Edit your comment (marked edited; the previous text is kept for moderators)",
    description: `${SIGNED_IN} A suspect word, or a link from a new user, sends the comment back to review (status pending).`,
    request: { params: CommentIdParamsSchema, ...jsonBody(UpdateCommentSchema) },
    responses: {
      200: json("The comment as it is now.", CommentSchema),
      400: badJson,
      401: unauthorized,
      403: forbiddenStanding,
      404: notFound,
      409: errorResponse("The comment was deleted or removed and can no longer be edited."),
      422: errorResponse("Fields that do not fit (validation_failed, with `fields`), or the text contains a blocked word (blocked_word, details.words names them); or lists, quotes and emphasis nested more than 10 levels deep (too_deeply_nested)."),
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/comments/{id}",
    summary: "Delete your comment",
    description: `${SIGNED_IN} Its body is never served again; with replies it stays as a placeholder. Deleting again is a no-op.`,
    request: { params: CommentIdParamsSchema },
    responses: { 204: { description: "Deleted." }, 401: unauthorized, 403: forbiddenStanding, 404: notFound },
  });
  for (const method of ["put", "delete"] as const) {
    registry.registerPath({
      method,
      path: "/api/v1/comments/{id}/like",
      summary: method === "put" ? "Like a comment (idempotent)" : "Take back a like (idempotent)",
      description: SIGNED_IN,
      request: { params: CommentIdParamsSchema },
      responses: {
        200: json("The like count and whether you like it now.", LikeStateSchema),
        401: unauthorized,
        403: errorResponse("The account is suspended or banned."),
        404: notFound,
        ...(method === "put" ? { 409: errorResponse("Your own comment is held or removed, so not published.") } : {}),
      },
    });
  }
}

function registerNotificationPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/notifications",
    summary: "Your notifications (replies to you, mentions), newest first",
    request: { query: NotificationQuerySchema },
    responses: {
      200: json("A page; pass nextCursor back as cursor.", NotificationPageSchema),
      400: errorResponse("The cursor is not one this list issued."),
      401: unauthorized,
      422: invalid,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/notifications/unread-count",
    summary: "How many of your notifications are unread",
    responses: { 200: json("The count.", UnreadCountSchema), 401: unauthorized },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/notifications/read",
    summary: "Mark notifications read: the given ids, or all",
    request: jsonBody(MarkNotificationsReadSchema),
    responses: { 200: json("What is still unread.", UnreadCountSchema), 400: badJson, 401: unauthorized, 422: invalid },
  });
}

/** The discussion API: threads, comments, likes, counts and notifications. */
export function registerDiscussionPaths(registry: OpenAPIRegistry) {
  registerCommentPaths(registry);
  registerNotificationPaths(registry);
}
