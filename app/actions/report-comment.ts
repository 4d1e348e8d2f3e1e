"use server";

import { z } from "zod";
import { failure, invalid, type ActionResult } from "@/app/moderation/action-result";
import { CreateReportSchema } from "@/lib/api/moderation-schemas";
import { requireUser } from "@/lib/auth/require-user";
import { reportComment } from "@/lib/moderation/report-comment";
import { listReportedCommentIds, MAX_REPORTED_LOOKUP } from "@/lib/moderation/reported-comments";

const CommentId = z.string().regex(/^[a-z0-9]{1,40}$/);
const ReportInput = CreateReportSchema.extend({ commentId: CommentId });
const LookupInput = z.array(CommentId).max(MAX_REPORTED_LOOKUP);

/** A reader reports someone else's comment, once; `hidden` says whether this report hid it. */
export async function reportCommentAction(input: z.input<typeof ReportInput>): Promise<ActionResult<{ hidden: boolean }>> {
  const parsed = ReportInput.safeParse(input);
  if (!parsed.success) return invalid(z.flattenError(parsed.error).fieldErrors);
  try {
    const { hidden } = await reportComment({ actor: await requireUser(), ...parsed.data });
    return { ok: true, value: { hidden } };
  } catch (error) {
    return failure(error);
  }
}

/** Which of these comments the signed-in reader has reported, so their 举报 reads 已举报 after a reload. */
export async function reportedCommentIdsAction(commentIds: string[]): Promise<ActionResult<string[]>> {
  const parsed = LookupInput.safeParse(commentIds);
  if (!parsed.success) return invalid();
  try {
    return { ok: true, value: await listReportedCommentIds({ actor: await requireUser(), commentIds: parsed.data }) };
  } catch (error) {
    return failure(error);
  }
}
