import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
    }),
  })
  .meta({ id: "Error", description: "Every API error has this shape; `code` is stable." });

export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorBodySchema } } };
}
