import { z } from "zod";
import { AppError, type FieldErrors } from "@/lib/errors";

/** zod issues as the API's field errors: "ids.0" for nested fields, "_" for the value as a whole. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

function validated<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new AppError("validation_failed", "Some fields are not valid.", toFieldErrors(parsed.error));
  return parsed.data;
}

/** Far above any comment or note (10,000 characters of CJK text is about 30 KB of UTF-8). */
export const MAX_JSON_BODY_BYTES = 64 * 1024;

function tooLarge(): AppError {
  return new AppError("payload_too_large", `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB.`);
}

/** The body's text, read no further than the limit, so an oversized upload cannot fill memory. */
async function readLimitedText(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * The JSON body, checked: 415 unless Content-Type is application/json, 413 above MAX_JSON_BODY_BYTES, 400 when it is not
 * JSON at all, 422 with field errors when it does not fit.
 */
export async function parseJsonBody<T extends z.ZodType>(schema: T, request: Request): Promise<z.infer<T>> {
  // A form (text/plain, urlencoded, multipart) can be posted cross-site without a preflight; JSON cannot.
  const mediaType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (mediaType !== "application/json") {
    throw new AppError("unsupported_media_type", "Send the request body as application/json.");
  }
  const text = await readLimitedText(request, MAX_JSON_BODY_BYTES);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return validated(schema, body);
}

/** The query string, checked (422 with field errors). A repeated parameter counts once: its last value. */
export function parseQuery<T extends z.ZodType>(schema: T, url: string): z.infer<T> {
  return validated(schema, Object.fromEntries(new URL(url).searchParams));
}
