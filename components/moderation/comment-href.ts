import { noteThreadKey } from "@/components/discussion/note-thread-key";

/** Where a comment lives: its article, and the block, note or article-wide discussion it belongs to. */
export type CommentPlace = { articleSlug: string; anchor: string | null; highlightId: string | null };

/** The article with the comment's thread open in the panel (?thread=) and the comment itself in view. */
export function commentHref(place: CommentPlace, commentId: string): string {
  const thread = place.highlightId ? noteThreadKey(place.highlightId) : (place.anchor ?? "article");
  return `/articles/${encodeURIComponent(place.articleSlug)}?${new URLSearchParams({ thread })}#comment-${encodeURIComponent(commentId)}`;
}
