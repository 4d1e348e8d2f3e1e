import { AppError } from "@/lib/errors";

/** Prisma's code for "Unable to start a transaction in the given time". */
const TRANSACTION_START_TIMEOUT = "P2028";

/**
 * A transaction that could not get a connection in time is load, not a bug:
 * it becomes a retryable 503 instead of an opaque 500. Anything else passes through.
 */
export function asBusyDatabaseError(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === TRANSACTION_START_TIMEOUT) {
    return new AppError("service_unavailable", "The server is busy. Nothing was saved; please try again.");
  }
  return error;
}
