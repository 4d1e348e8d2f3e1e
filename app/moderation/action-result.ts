import "server-only";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";

/** Error codes the moderation UI has messages for (moderation.errors.*). */
const SHOWN = [
  "unauthorized",
  "forbidden",
  "account_suspended",
  "account_banned",
  "not_found",
  "conflict",
  "already_reported",
  "thread_locked",
  "validation_failed",
  "rate_limited",
] as const satisfies readonly ErrorCode[];
export type ModerationErrorKey = (typeof SHOWN)[number] | "internal";

/** What a moderation server action answers: the value, or an error key with the service's field errors. */
export type ActionResult<T = null> =
  | { ok: true; value: T }
  | { ok: false; error: ModerationErrorKey; fields?: FieldErrors };

const isShown = (code: ErrorCode): code is (typeof SHOWN)[number] => (SHOWN as readonly string[]).includes(code);

/** A failed action as the client may see it; unexpected errors are logged and never shown. */
export function failure(error: unknown): { ok: false; error: ModerationErrorKey; fields?: FieldErrors } {
  if (error instanceof AppError && isShown(error.code)) {
    return error.fieldErrors ? { ok: false, error: error.code, fields: error.fieldErrors } : { ok: false, error: error.code };
  }
  console.error(error);
  return { ok: false, error: "internal" };
}

/** Input that did not parse: a validation failure with zod's field messages (codes, for the UI to word). */
export function invalid(fields: FieldErrors = {}): { ok: false; error: "validation_failed"; fields: FieldErrors } {
  return { ok: false, error: "validation_failed", fields };
}
