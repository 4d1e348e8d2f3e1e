import type { CommentDto } from "@/lib/api/comment-schemas";

/** What the open threads react to: the article's live events, and "reload, you missed some". */
export type LiveEvent =
  | { type: "comment.created" | "comment.updated"; comment: CommentDto }
  | { type: "comment.deleted"; id: string; anchor: string | null; rootId: string; parentId: string | null; keepsPlaceholder: boolean }
  | { type: "comment.liked"; id: string; likeCount: number }
  | { type: "resync" };

export type LiveListener = (event: LiveEvent) => void;
