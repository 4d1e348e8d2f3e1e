import type { CommentAction, CommentActionOutcome, QueueItem } from "@/lib/api/moderation-schemas";

/** The bulk bar's actions in two groups: what happens to the comments, and to their threads (roots only). */
export const BULK_ACTION_GROUPS = {
  comments: ["approve", "reject", "restore", "mark_reviewed"],
  threads: ["lock", "unlock", "pin", "unpin"],
} as const satisfies Record<string, readonly CommentAction[]>;

/** What one item's card says after a bulk action that changed nothing there; null when it was done. */
export function itemOutcomeNote(result: { action: CommentAction; outcome: CommentActionOutcome["outcome"] }): `notApplicable.${CommentAction}` | "unchanged" | null {
  switch (result.outcome) {
    case "not_applicable":
      return `notApplicable.${result.action}`;
    case "unchanged":
      return "unchanged";
    case "done":
    case "not_found":
      return null;
  }
}

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
