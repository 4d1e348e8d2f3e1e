import { AppError } from "@/lib/errors";
import { checkCommentBody, MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";
import { MAX_NESTING_DEPTH } from "@/lib/discussion/markdown-depth";

/**
 * The cleaned body to store, or a 422 whose field error names the problem
 * ("empty", "too_long": validation_failed; "too_deeply_nested": its own code).
 */
export function validCommentBody(raw: string): string {
  const checked = checkCommentBody(raw);
  if (checked.ok) return checked.body;
  if (checked.error === "too_deeply_nested") {
    throw new AppError(
      "too_deeply_nested",
      `Lists, quotes and emphasis may nest at most ${MAX_NESTING_DEPTH} levels deep. Flatten the text and try again.`,
      { body: ["too_deeply_nested"] },
    );
  }
  const message =
    checked.error === "empty"
      ? "Write something first."
      : `Use at most ${MAX_COMMENT_LENGTH} characters (this has ${checked.length}).`;
  throw new AppError("validation_failed", message, { body: [checked.error] });
}
