import type { CommentAction, QueueItem } from "@/lib/api/moderation-schemas";

/** The bulk bar's actions: the common ones (lock and pin toggle per item). */
export const BULK_ACTIONS = ["approve", "reject", "restore", "mark_reviewed"] as const satisfies readonly CommentAction[];

export type QueuedCommentState = Pick<QueueItem["comment"], "status" | "reportCount" | "pinnedAt" | "lockedAt" | "depth">;

/** The actions that make sense for one comment as it stands, in the order its buttons show them. */
export function actionsFor(comment: QueuedCommentState): CommentAction[] {
  const actions: CommentAction[] = [];
  switch (comment.status) {
    case "pending":
      actions.push("approve", "reject");
      break;
    case "hidden":
      actions.push("restore", "reject");
      break;
    case "rejected":
      actions.push("restore");
      break;
    case "published":
      actions.push("reject");
      break;
    case "deleted":
      break;
  }
  if (comment.reportCount > 0 && comment.status !== "deleted") actions.push("mark_reviewed");
  // Only a thread's root is pinned or locks its thread.
  if (comment.depth === 0 && comment.status === "published") {
    actions.push(comment.lockedAt ? "unlock" : "lock", comment.pinnedAt ? "unpin" : "pin");
  }
  return actions;
}
