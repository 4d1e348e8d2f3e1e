import { z } from "zod";
import { AppError } from "@/lib/errors";

const IdempotencyKeyHeader = z.uuid();

/** The key from the body or the Idempotency-Key header; both may be given if they agree. */
export function idempotencyKey(request: Request, fromBody: string | undefined): string | undefined {
  const header = request.headers.get("idempotency-key");
  if (header === null) return fromBody;
  if (!IdempotencyKeyHeader.safeParse(header).success) {
    throw new AppError("validation_failed", "The Idempotency-Key header must be a UUID.", { idempotencyKey: ["Invalid UUID"] });
  }
  if (fromBody !== undefined && fromBody !== header) {
    throw new AppError("validation_failed", "The Idempotency-Key header and body field differ.", { idempotencyKey: ["mismatch"] });
  }
  return header;
}
