import { codePointLength } from "@/lib/text/code-points";
import { removeInvisible } from "@/lib/text/normalize";
import { isTooDeeplyNested } from "@/lib/discussion/markdown-depth";

export const MAX_COMMENT_LENGTH = 5_000;

export type CommentBodyError = "empty" | "too_long" | "too_deeply_nested";

export type CommentBodyCheck = { ok: true; body: string } | { ok: false; error: CommentBodyError; length: number };

// C0/C1 control characters other than tab and newline; they have no place in prose.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/**
 * Cleans a submitted comment body and checks its length in code points, so an
 * emoji or a CJK Extension B character counts once, and its Markdown nesting depth.
 */
export function checkCommentBody(raw: string): CommentBodyCheck {
  const body = raw.replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "").trim();
  const length = codePointLength(body);
  if (removeInvisible(body).trim() === "") return { ok: false, error: "empty", length: 0 };
  if (length > MAX_COMMENT_LENGTH) return { ok: false, error: "too_long", length };
  // Thousands of nested lists or quotes overflow the renderer's stack: refuse them before they are stored.
  if (isTooDeeplyNested(body)) return { ok: false, error: "too_deeply_nested", length };
  return { ok: true, body };
}
