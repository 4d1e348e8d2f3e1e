import { z } from "zod";
import { ERROR_STATUS, type ErrorCode } from "@/lib/errors";

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
      message: z.string(),
      fields: z.record(z.string(), z.array(z.string())).optional(),
      details: z
        .object({
          retryAfterSeconds: z.int().positive().optional().meta({ description: "rate_limited: seconds to wait, as in the Retry-After header." }),
          words: z.array(z.string()).optional().meta({ description: "blocked_word: the blocked words found, as the word list has them." }),
          suspendedUntil: z.iso.datetime().optional().meta({ description: "account_suspended: when the suspension ends; absent when it has no end." }),
          reason: z.string().optional().meta({ description: "account_suspended, account_banned: the reason the moderator gave." }),
        })
        .optional()
        .meta({ description: "Values for clients that word the error themselves." }),
    }),
  })
  .meta({ id: "Error", description: "Every API error has this shape; `code` is stable." });

export function errorResponse(description: string) {
  return { description, content: { "application/json": { schema: ErrorBodySchema } } };
}

/** 429 from the per-user comment limits, with its Retry-After header. */
export const rateLimitedResponse = {
  ...errorResponse("Commenting too fast for the site's limits (rate_limited); details.retryAfterSeconds says how long to wait."),
  headers: z.object({ "Retry-After": z.string().meta({ description: "Seconds to wait before posting again." }) }),
};

/** What every comment, reply and note goes through before it is stored. */
export const SCREENING_NOTE =
  "Screened first: per-user rate limits (429), repeated text (409), blocked words (422). It may then be held for review (status pending, seen only by its author until a moderator approves it) by pre-moderation, a suspect word or a new user's link.";
