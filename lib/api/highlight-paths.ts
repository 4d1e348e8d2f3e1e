import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { CommentSchema } from "@/lib/api/comment-schemas";
import { ANNOTATION_JSONLD_CONTENT_TYPE } from "@/lib/annotations/annotation-jsonld";
import { json, jsonBody, SIGNED_IN, unauthorized, badJson } from "@/lib/api/openapi-parts";
import { errorResponse, rateLimitedResponse, SCREENING_NOTE } from "@/lib/api/error-schema";
import {
  AnnotationPageQuerySchema,
  ArticleHighlightsSchema,
  CreateHighlightSchema,
  CreateNoteReplySchema,
  HighlightIdParamsSchema,
  HighlightSchema,
  MyHighlightPageSchema,
  MyHighlightQuerySchema,
  NoteThreadPageSchema,
  UpdateHighlightSchema,
} from "@/lib/api/highlight-schemas";

const OFFSETS =
  "Offsets count Unicode code points of the document text: every current block's text in reading order, NFC-normalised without zero-width characters, joined by two line breaks; `end` is exclusive.";
const standing = errorResponse("The account is suspended or banned.");
const noHighlight = errorResponse("No highlight with that id, or it is someone else's private one (not_found).");

function registerArticleHighlightPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}/highlights",
    summary: "Your highlights on the article and everyone's public ones, with the popular-passage shading",
    description: `Signed out: public ones only. Your orphans (no longer found in the text) are included, others' never. ${OFFSETS}`,
    request: { params: SlugParamsSchema },
    responses: { 200: json("The highlights in text order and the shading.", ArticleHighlightsSchema), 404: errorResponse("No article with that slug.") },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/articles/{slug}/highlights",
    summary: "Highlight a passage (optionally with a note)",
    description: `${SIGNED_IN} The selectors must describe the current text, else 422 selector_mismatch and nothing is stored. With a note, the note is the root comment of the highlight's thread (moderated like any comment: a private note is only rate-limited, and is screened in full when it is made public). Public highlights are announced live as highlight.created. ${OFFSETS}`,
    request: { params: SlugParamsSchema, ...jsonBody(CreateHighlightSchema) },
    responses: {
      201: json("Created.", HighlightSchema),
      400: badJson,
      401: unauthorized,
      403: standing,
      404: errorResponse("No article with that slug."),
      409: errorResponse("A public note repeats one of your recent comments (duplicate_comment)."),
      422: errorResponse("selector_mismatch (fields.selectors says which part: position, exact, prefix, suffix), validation_failed for fields that do not fit (a note empty or too long), or a public note with a blocked word (blocked_word); or lists, quotes and emphasis nested more than 10 levels deep (too_deeply_nested)."),
      429: rateLimitedResponse,
    },
  });
}

function registerHighlightPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "patch",
    path: "/api/v1/highlights/{id}",
    summary: "Change your highlight: visibility, and write, rewrite or delete its note",
    description: `${SIGNED_IN} Made private, its thread is yours alone again: others' replies are kept, hidden, and return when it is public again. A deleted note keeps its placeholder while others' replies hang below it (then it cannot be written again).`,
    request: { params: HighlightIdParamsSchema, ...jsonBody(UpdateHighlightSchema) },
    responses: {
      200: json("The highlight as it is now.", HighlightSchema),
      400: badJson,
      401: unauthorized,
      403: errorResponse("Someone else's public highlight (forbidden), or the account is suspended or banned."),
      404: noHighlight,
      409: errorResponse("The note can no longer be edited (removed by a moderator), or it was deleted while replies remain."),
      422: errorResponse("Neither visibility nor note given, or the note is empty or too long (validation_failed)."),
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/highlights/{id}",
    summary: "Delete your highlight and its note",
    description: `${SIGNED_IN} Others' replies to the note are never lost: the thread moves, under the deleted note's placeholder, to the discussion of the block the quote started in (or the article's).`,
    request: { params: HighlightIdParamsSchema },
    responses: {
      204: { description: "Deleted." },
      401: unauthorized,
      403: errorResponse("Someone else's public highlight (forbidden), or the account is suspended or banned."),
      404: noHighlight,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/highlights/{id}/comments",
    summary: "The note's thread: the note with all its visible replies",
    description: "The shape of a page of paragraph threads, with one thread (none for a plain highlight). Editing, deleting and liking its comments go through /api/v1/comments/{id}.",
    request: { params: HighlightIdParamsSchema },
    responses: { 200: json("The thread.", NoteThreadPageSchema), 404: noHighlight },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/highlights/{id}/comments",
    summary: "Reply in a public note's thread",
    description: `${SIGNED_IN} Without parentId it answers the note. Nesting, notifications, moderation and idempotency (body field or Idempotency-Key header) as for paragraph comments. ${SCREENING_NOTE}`,
    request: {
      params: HighlightIdParamsSchema,
      headers: z.object({ "Idempotency-Key": z.uuid().optional() }),
      ...jsonBody(CreateNoteReplySchema),
    },
    responses: {
      201: json("Created; the header Idempotent-Replayed is false.", CommentSchema),
      200: json("The reply this idempotency key created earlier (Idempotent-Replayed: true).", CommentSchema),
      400: badJson,
      401: unauthorized,
      403: standing,
      404: noHighlight,
      409: errorResponse("The note is private (private notes take no replies), the highlight has no note, a moderator locked the thread (thread_locked), the idempotency key was used elsewhere, or the text repeats one of your recent comments (duplicate_comment)."),
      422: errorResponse("Body empty or too long, or parentId not a published comment of this thread (validation_failed); or a blocked word (blocked_word, details.words names them); or lists, quotes and emphasis nested more than 10 levels deep (too_deeply_nested)."),
      429: rateLimitedResponse,
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/me/highlights",
    summary: "Your highlights and notes across articles, newest first (我的笔记)",
    description: "Orphans are included (orphaned: true; originalExact is the quote as selected).",
    request: { query: MyHighlightQuerySchema },
    responses: {
      200: json("A page; pass nextCursor back as cursor.", MyHighlightPageSchema),
      400: errorResponse("The cursor is not one this list issued."),
      401: unauthorized,
      422: errorResponse("A query parameter does not fit."),
    },
  });
}

// The documents are W3C Web Annotation JSON-LD, defined by the model, not by this API.
const jsonLd = (description: string, id: string) => ({
  description,
  content: {
    [ANNOTATION_JSONLD_CONTENT_TYPE]: {
      schema: z.record(z.string(), z.unknown()).meta({ id, description: `A W3C Web Annotation ${id} (https://www.w3.org/TR/annotation-model/).` }),
    },
  },
});

function registerAnnotationPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}/annotations.jsonld",
    summary: "The article's public highlights and notes as a W3C AnnotationCollection",
    description:
      "Oldest first. The collection embeds its first AnnotationPage; `?page=N` answers one AnnotationPage. Highlights are `highlighting` Annotations, notes `commenting` ones with a Markdown TextualBody; targets carry a TextQuoteSelector and a TextPositionSelector.",
    request: { params: SlugParamsSchema, query: AnnotationPageQuerySchema },
    responses: {
      200: jsonLd("The AnnotationCollection (or AnnotationPage).", "AnnotationCollection"),
      404: errorResponse("No article with that slug, or no such page."),
      422: errorResponse("page is not a positive whole number."),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/annotations/{id}.jsonld",
    summary: "One public highlight or note as a W3C Annotation",
    request: { params: HighlightIdParamsSchema },
    responses: {
      200: jsonLd("The Annotation.", "Annotation"),
      404: errorResponse("No public annotation with that id (private ones do not exist here)."),
    },
  });
}

/** The highlights and notes API, and their W3C Web Annotation export. */
export function registerHighlightApiPaths(registry: OpenAPIRegistry) {
  registerArticleHighlightPaths(registry);
  registerHighlightPaths(registry);
  registerAnnotationPaths(registry);
}
