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

/** The JSON body, checked: 400 when it is not JSON at all, 422 with field errors when it does not fit. */
export async function parseJsonBody<T extends z.ZodType>(schema: T, request: Request): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return validated(schema, body);
}

/** The query string, checked (422 with field errors). A repeated parameter counts once: its last value. */
export function parseQuery<T extends z.ZodType>(schema: T, url: string): z.infer<T> {
  return validated(schema, Object.fromEntries(new URL(url).searchParams));
}
