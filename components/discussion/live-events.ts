import type { CommentDto } from "@/lib/api/comment-schemas";
import type { HighlightDto, PopularSegment } from "@/lib/api/highlight-schemas";

/** What the open threads react to: the article's live events, and "reload, you missed some". */
export type LiveEvent =
  | { type: "comment.created" | "comment.updated"; comment: CommentDto }
  | {
      type: "comment.deleted";
      id: string;
      anchor: string | null;
      /** Set when the comment belonged to a note's thread. */
      highlightId: string | null;
      rootId: string;
      parentId: string | null;
      keepsPlaceholder: boolean;
    }
  | { type: "comment.liked"; id: string; likeCount: number }
  /** A public highlight was created or changed (`highlight`), or deleted or made private (null); `popular` is the shading after it. */
  | { type: "highlight.changed"; id: string; highlight: HighlightDto | null; popular: PopularSegment[] }
  | { type: "resync" };

export type LiveListener = (event: LiveEvent) => void;
