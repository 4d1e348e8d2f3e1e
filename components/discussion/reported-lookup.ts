"use client";

import { reportedCommentIdsAction } from "@/app/actions/report-comment";

type Batch = { ids: Set<string>; answer: Promise<ReadonlySet<string>> };
let open: Batch | null = null;

/**
 * Whether the reader has reported this comment. The report buttons of a
 * thread ask as they mount; their questions are gathered into one server call
 * per rendering pass rather than one per comment. Failing to find out is not
 * an error: the button stays, and the server still refuses a second report.
 */
export function hasReported(commentId: string): Promise<boolean> {
  if (!open) {
    const ids = new Set<string>();
    const answer = new Promise<ReadonlySet<string>>((resolve) => {
      setTimeout(() => {
        open = null;
        reportedCommentIdsAction([...ids])
          .then((result) => resolve(new Set(result.ok ? result.value : [])))
          .catch(() => resolve(new Set()));
      }, 0);
    });
    open = { ids, answer };
  }
  open.ids.add(commentId);
  return open.answer.then((reported) => reported.has(commentId));
}
