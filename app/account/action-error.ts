import "server-only";
import { AppError, type ErrorCode } from "@/lib/errors";

/** Error codes the account page has messages for (account.errors.*). */
const SHOWN = ["unauthorized", "account_suspended", "account_banned", "not_found", "conflict", "validation_failed", "display_name_taken", "display_name_reserved"] as const;
export type AccountErrorKey = (typeof SHOWN)[number] | "internal";

const isShown = (code: ErrorCode): code is (typeof SHOWN)[number] => (SHOWN as readonly string[]).includes(code);

/** The message key for a failed action; unexpected errors are logged and never shown. */
export function accountErrorKey(error: unknown): AccountErrorKey {
  if (error instanceof AppError && isShown(error.code)) return error.code;
  console.error(error);
  return "internal";
}
