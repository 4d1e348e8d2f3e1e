/** Stable error codes: clients (and tests) rely on them, so they only ever grow. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  /** A state-changing request from another origin (CSRF guard). */
  cross_origin_refused: 403,
  account_suspended: 403,
  account_banned: 403,
  not_found: 404,
  conflict: 409,
  already_reported: 409,
  thread_locked: 409,
  /** The same text as one of the author's recent comments. */
  duplicate_comment: 409,
  payload_too_large: 413,
  /** A request body that is not application/json. */
  unsupported_media_type: 415,
  validation_failed: 422,
  /** A display name that looks like another user's (same confusable skeleton). */
  display_name_taken: 409,
  /** A display name that claims to speak for the site (admin, 管理员, ...). */
  display_name_reserved: 422,
  /** Highlight selectors that do not describe the article's current text. */
  selector_mismatch: 422,
  /** The text contains a word on the blocked list (details.words names it). */
  blocked_word: 422,
  /** Lists, quotes and emphasis nested deeper than a comment may (past this the renderer's stack overflows). */
  too_deeply_nested: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type FieldErrors = Record<string, string[]>;

/** Values a client needs to word the error itself, in its own language. */
export type ErrorDetails = {
  /** How long to wait before trying again (also sent as the Retry-After header). */
  retryAfterSeconds?: number;
  /** The words that made the text unacceptable. */
  words?: string[];
  /** account_suspended: when the suspension ends (ISO 8601); absent when it has no end. */
  suspendedUntil?: string;
  /** account_suspended, account_banned: the moderator's reason, the user's to read. */
  reason?: string;
};

/** An error whose message is safe to show to the user and to send to clients. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors; details?: ErrorDetails } };

/** The one shape every API error takes. Unknown errors never leak their text. */
export function toErrorBody(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.fieldErrors) body.error.fields = error.fieldErrors;
    if (error.details) body.error.details = error.details;
    return { status: error.status, body };
  }
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side." } } };
}
