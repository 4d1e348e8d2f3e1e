import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { SlugParamsSchema } from "@/lib/api/article-schemas";
import { CommentSchema } from "@/lib/api/comment-schemas";
import { errorResponse } from "@/lib/api/error-schema";
import { HighlightSchema, PopularSegmentSchema } from "@/lib/api/highlight-schemas";
import type { ArticleEventPayloads, StreamReady, StreamResync } from "@/lib/realtime/article-event-types";

const AnchorCountSchema = z
  .object({
    anchor: z.string().nullable().meta({ description: "Block anchor; null for the article-wide discussion." }),
    count: z.number().int().nonnegative().meta({ description: "Visible comments there after the change." }),
  })
  .meta({ id: "AnchorCount" });

const CommentChangedSchema = z.object({ comment: CommentSchema, counts: AnchorCountSchema }).meta({
  id: "CommentChangedEvent",
  description: "`data` of comment.created and comment.updated.",
});

const CommentDeletedSchema = z
  .object({
    id: z.string(),
    anchor: z.string().nullable(),
    rootId: z.string(),
    parentId: z.string().nullable(),
    keepsPlaceholder: z.boolean().meta({ description: "Replies keep the comment in place as deleted." }),
    counts: AnchorCountSchema,
  })
  .meta({ id: "CommentDeletedEvent", description: "`data` of comment.deleted." });

const CommentLikedSchema = z
  .object({ id: z.string(), likeCount: z.number().int().nonnegative() })
  .meta({ id: "CommentLikedEvent", description: "`data` of comment.liked." });

const HighlightChangedSchema = z
  .object({ highlight: HighlightSchema, popular: z.array(PopularSegmentSchema) })
  .meta({
    id: "HighlightChangedEvent",
    description: "`data` of highlight.created (a new public highlight) and highlight.updated (made public, or made private: visibility private means drop it); `popular` is the shading after the change.",
  });

const HighlightDeletedSchema = z
  .object({ id: z.string(), popular: z.array(PopularSegmentSchema) })
  .meta({ id: "HighlightDeletedEvent", description: "`data` of highlight.deleted." });

const NoteCommentChangedSchema = z
  .object({ comment: CommentSchema })
  .meta({ id: "NoteCommentChangedEvent", description: "`data` of highlight.comment.created and highlight.comment.updated: a public note's thread (comment.highlightId)." });

const NoteCommentDeletedSchema = z
  .object({ id: z.string(), highlightId: z.string(), rootId: z.string(), parentId: z.string().nullable(), keepsPlaceholder: z.boolean() })
  .meta({ id: "NoteCommentDeletedEvent", description: "`data` of highlight.comment.deleted." });

const StreamReadySchema = z
  .object({ lastEventId: z.string() })
  .meta({ id: "StreamReadyEvent", description: "`data` of ready: the stream starts after this id (also its SSE id)." });

const StreamResyncSchema = z
  .object({ lastEventId: z.string(), reason: z.enum(["too_many_missed", "unknown_event_id"]) })
  .meta({ id: "StreamResyncEvent", description: "`data` of resync: reload counts and threads, then carry on from this id." });

// Compile-time proof that the documented payloads are the ones the code sends and reads.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type RealtimeSchemasMatchTypes = Assert<
  Same<z.infer<typeof CommentChangedSchema>, ArticleEventPayloads["comment.created"]> &
    Same<z.infer<typeof CommentChangedSchema>, ArticleEventPayloads["comment.updated"]> &
    Same<z.infer<typeof CommentDeletedSchema>, ArticleEventPayloads["comment.deleted"]> &
    Same<z.infer<typeof CommentLikedSchema>, ArticleEventPayloads["comment.liked"]> &
    Same<z.infer<typeof HighlightChangedSchema>, ArticleEventPayloads["highlight.created"]> &
    Same<z.infer<typeof HighlightChangedSchema>, ArticleEventPayloads["highlight.updated"]> &
    Same<z.infer<typeof HighlightDeletedSchema>, ArticleEventPayloads["highlight.deleted"]> &
    Same<z.infer<typeof NoteCommentChangedSchema>, ArticleEventPayloads["highlight.comment.created"]> &
    Same<z.infer<typeof NoteCommentChangedSchema>, ArticleEventPayloads["highlight.comment.updated"]> &
    Same<z.infer<typeof NoteCommentDeletedSchema>, ArticleEventPayloads["highlight.comment.deleted"]> &
    Same<z.infer<typeof StreamReadySchema>, StreamReady> &
    Same<z.infer<typeof StreamResyncSchema>, StreamResync>
>;

// OpenAPI 3.1 cannot describe a stream of messages; this documents what one message's `data` can be.
const EventDataSchema = z
  .union([
    StreamReadySchema,
    CommentChangedSchema,
    CommentDeletedSchema,
    CommentLikedSchema,
    HighlightChangedSchema,
    HighlightDeletedSchema,
    NoteCommentChangedSchema,
    NoteCommentDeletedSchema,
    StreamResyncSchema,
  ])
  .meta({ description: "The JSON `data` of one message; which schema applies follows from its `event` field." });

const STREAM_DESCRIPTION = [
  "Server-Sent Events. Every message has `id` (a decimal event id, growing within the article), `event` and `data` (JSON).",
  "Events: `ready` (first message; its id is where the stream starts), `comment.created`, `comment.updated`, `comment.deleted`, `comment.liked` (paragraph and article discussions; likes of note comments too), `highlight.created`, `highlight.updated`, `highlight.deleted` (public highlights), `highlight.comment.created`, `highlight.comment.updated`, `highlight.comment.deleted` (public notes' threads), and `resync` (more was missed than is replayed: reload, then continue).",
  "Reconnect with the Last-Event-ID header (EventSource does this itself) or `?lastEventId=` to receive exactly the events after that id.",
  "A comment line is sent every 15 s; `retry` is 2000 ms.",
].join(" ");

export function registerRealtimePaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}/events",
    summary: "Live comment events of an article (Server-Sent Events)",
    description: STREAM_DESCRIPTION,
    request: {
      params: SlugParamsSchema,
      headers: z.object({
        "Last-Event-ID": z.string().regex(/^\d{1,19}$/).optional().meta({ description: "Resume after this event id." }),
      }),
      query: z.object({
        lastEventId: z.string().regex(/^\d{1,19}$/).optional().meta({ description: "Same as Last-Event-ID, for a new EventSource; the header wins." }),
      }),
    },
    responses: {
      200: {
        description: "An endless event stream.",
        content: { "text/event-stream": { schema: EventDataSchema } },
      },
      400: errorResponse("Last-Event-ID is not an event id."),
      404: errorResponse("No article with that slug."),
      503: errorResponse("The database cannot be reached for live updates; retry later."),
    },
  });
}
