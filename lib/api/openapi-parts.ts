import type { z } from "zod";
import { errorResponse } from "@/lib/api/error-schema";

/** Pieces every OpenAPI path registration uses, spelled once. */

export function json(description: string, schema: z.ZodType) {
  return { description, content: { "application/json": { schema } } };
}

export const jsonBody = (schema: z.ZodType) => ({ body: { required: true, content: { "application/json": { schema } } } });

export const SIGNED_IN = "Needs a session cookie (sign in at /api/auth); writing also needs an account that is not suspended or banned.";
export const unauthorized = errorResponse("Not signed in (unauthorized).");
export const badJson = errorResponse("The body is not JSON (bad_request).");
