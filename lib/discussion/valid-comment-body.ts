import { AppError } from "@/lib/errors";
import { checkCommentBody, MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";

/** The cleaned body to store, or a 422 whose field error names the problem ("empty", "too_long"). */
export function validCommentBody(raw: string): string {
  const checked = checkCommentBody(raw);
  if (checked.ok) return checked.body;
  const message =
    checked.error === "empty"
      ? "Write something first."
      : `Use at most ${MAX_COMMENT_LENGTH} characters (this has ${checked.length}).`;
  throw new AppError("validation_failed", message, { body: [checked.error] });
}
