import type { CommentDto } from "@/lib/api/comment-schemas";
import type { HighlightDto, PopularSegment } from "@/lib/api/highlight-schemas";

/**
 * The live events of an article's page, shared by the server (which stores and
 * streams them) and the browser (which applies them). No server imports here.
 */
export const ARTICLE_EVENT_TYPES = [
  "comment.created",
  "comment.updated",
  "comment.deleted",
  "comment.liked",
  "highlight.created",
  "highlight.updated",
  "highlight.deleted",
  "highlight.comment.created",
  "highlight.comment.updated",
  "highlight.comment.deleted",
] as const;
export type ArticleEventType = (typeof ARTICLE_EVENT_TYPES)[number];

/** Visible comments on one block (anchor) or the article-wide discussion (null) after the change. */
export type AnchorCount = { anchor: string | null; count: number };

export type ArticleEventPayloads = {
  "comment.created": { comment: CommentDto; counts: AnchorCount };
  "comment.updated": { comment: CommentDto; counts: AnchorCount };
  "comment.deleted": {
    id: string;
    anchor: string | null;
    rootId: string;
    parentId: string | null;
    /** True when replies keep the deleted comment in place as "已删除". */
    keepsPlaceholder: boolean;
    counts: AnchorCount;
  };
  "comment.liked": { id: string; likeCount: number };
  /**
   * Highlights, as every reader may see them (isMine false): only public
   * ones are announced. `updated` with visibility "private" means it was made
   * private: drop it. `popular` is the article's shading after the change.
   */
  "highlight.created": { highlight: HighlightDto; popular: PopularSegment[] };
  "highlight.updated": { highlight: HighlightDto; popular: PopularSegment[] };
  "highlight.deleted": { id: string; popular: PopularSegment[] };
  /** A public note's thread (comment.highlightId says whose); likes of its comments are comment.liked. */
  "highlight.comment.created": { comment: CommentDto };
  "highlight.comment.updated": { comment: CommentDto };
  "highlight.comment.deleted": { id: string; highlightId: string; rootId: string; parentId: string | null; keepsPlaceholder: boolean };
};

/**
 * Stream control messages, besides the events above:
 * - `ready` opens every stream; its `id` is where this stream starts, so a
 *   first connection (no Last-Event-ID) can still resume from there later;
 * - `resync` says events were missed beyond what the server replays: reload
 *   counts and open threads, then carry on from its `id`.
 */
export const STREAM_READY = "ready";
export const STREAM_RESYNC = "resync";
export type StreamReady = { lastEventId: string };
export type StreamResync = { lastEventId: string; reason: "too_many_missed" | "unknown_event_id" };

/** Event ids are decimal strings of a bigint sequence; they only grow within an article. */
export const EVENT_ID_PATTERN = /^\d{1,19}$/;

export function isEventId(value: string | null | undefined): value is string {
  return typeof value === "string" && EVENT_ID_PATTERN.test(value);
}

/** Compares two event ids numerically (string comparison breaks at "9" vs "10"). */
export function compareEventIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isArticleEventType(value: string): value is ArticleEventType {
  return (ARTICLE_EVENT_TYPES as readonly string[]).includes(value);
}
