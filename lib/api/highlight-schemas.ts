import { z } from "zod";
import { CursorParamSchema, NextCursorSchema } from "@/lib/api/paging-schemas";
import { CommentAuthorSchema, CommentSchema, ThreadPageSchema } from "@/lib/api/comment-schemas";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";

/**
 * The highlights API (issue 5). Offsets count Unicode code points of the
 * article's document text: every current block's text in reading order,
 * normalised to NFC without zero-width characters, joined by "\n\n"
 * (lib/anchoring/document-text.ts); `end` is exclusive.
 */

// A quote may cross several paragraphs; the request body limit (64 KB) bounds it anyway.
const MAX_QUOTE_LENGTH = 20_000;
const MAX_CONTEXT_LENGTH = 200;

export const HighlightVisibilitySchema = z.enum(["private", "public"]).meta({
  description: "private: only its owner sees it; public: every reader sees it, and a note on it is a discussion thread.",
});

export const TextQuoteSelectorSchema = z
  .object({
    type: z.literal("TextQuoteSelector"),
    exact: z.string().min(1).max(MAX_QUOTE_LENGTH),
    prefix: z.string().max(MAX_CONTEXT_LENGTH).meta({ description: "Text right before `exact` (any length; the server stores 32 code points)." }),
    suffix: z.string().max(MAX_CONTEXT_LENGTH).meta({ description: "Text right after `exact`." }),
  })
  .meta({ id: "TextQuoteSelector" });

export const TextPositionSelectorSchema = z
  .object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive().meta({ description: "Exclusive." }),
  })
  .meta({ id: "TextPositionSelector" });

export const PopularSegmentSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    count: z.number().int().positive().meta({ description: "Distinct readers whose public highlights cover this span." }),
  })
  .meta({ id: "PopularSegment" });

export const HighlightSchema = z
  .object({
    id: z.string(),
    articleSlug: z.string(),
    visibility: HighlightVisibilitySchema,
    exact: z.string().meta({ description: "TextQuoteSelector where it is anchored now." }),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int().nonnegative().meta({ description: "TextPositionSelector where it is anchored now." }),
    end: z.number().int().positive(),
    startAnchor: z.string().meta({ description: "Block the passage starts in." }),
    endAnchor: z.string().meta({ description: "Block the passage ends in." }),
    originalExact: z.string().meta({ description: "The quote as it was selected; what an orphan shows." }),
    orphaned: z.boolean().meta({ description: "The text changed and the quote could no longer be found (only its owner sees it)." }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    owner: CommentAuthorSchema,
    isMine: z.boolean(),
    note: CommentSchema.nullable().meta({ description: "The note: the root comment of the highlight's thread; null for a plain highlight." }),
    replyCount: z.number().int().nonnegative().meta({ description: "Published replies below the note." }),
  })
  .meta({ id: "Highlight" });

export const ArticleHighlightsSchema = z
  .object({
    highlights: z.array(HighlightSchema).meta({ description: "Yours (orphans included) and others' public anchored ones, in text order." }),
    popular: z.array(PopularSegmentSchema).meta({ description: "Spans covered by public highlights, with how many readers; in text order, not overlapping." }),
  })
  .meta({ id: "ArticleHighlights" });

export const MyHighlightSchema = HighlightSchema.extend({ articleTitle: z.string() }).meta({ id: "MyHighlight" });

export const MyHighlightPageSchema = z
  .object({
    highlights: z.array(MyHighlightSchema).meta({ description: "Newest first, across articles, orphans included." }),
    nextCursor: NextCursorSchema,
  })
  .meta({ id: "MyHighlightPage" });

export const MyHighlightQuerySchema = z.object({
  cursor: CursorParamSchema,
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

const NoteBodySchema = z.string().max(MAX_COMMENT_LENGTH * 4).meta({ description: `1 to ${MAX_COMMENT_LENGTH} code points of Markdown (safe subset).` });

export const CreateHighlightSchema = z
  .object({
    selectors: z.tuple([TextQuoteSelectorSchema, TextPositionSelectorSchema]).meta({
      description: "Both must describe the article's current text: the position holds `exact`, bordered by `prefix` and `suffix`.",
    }),
    visibility: HighlightVisibilitySchema.default("private"),
    note: NoteBodySchema.optional().meta({ description: "Makes it a note: the root comment of the highlight's thread." }),
  })
  .meta({ id: "CreateHighlight" });

export const UpdateHighlightSchema = z
  .object({
    visibility: HighlightVisibilitySchema.optional(),
    note: NoteBodySchema.nullable().optional().meta({
      description: "A body creates or edits the note; null deletes it (a placeholder stays while others' replies hang below it).",
    }),
  })
  .refine((value) => value.visibility !== undefined || value.note !== undefined, { message: "Give visibility or note.", path: ["visibility"] })
  .meta({ id: "UpdateHighlight" });

export const CreateNoteReplySchema = z
  .object({
    body: NoteBodySchema,
    parentId: z.string().min(1).max(100).optional().meta({ description: "The comment answered; the note itself when left out." }),
    idempotencyKey: z.uuid().optional().meta({ description: "One per submission, as for comments. The Idempotency-Key header works too." }),
  })
  .meta({ id: "CreateNoteReply" });

/** The note's thread in the paragraph thread page's shape: one thread (the note with all its replies) or none. */
export const NoteThreadPageSchema = ThreadPageSchema;

/** A highlight id in a path; anything else names nothing (404). */
export const HighlightIdParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) });

/** `annotations/<id>.jsonld`: the id with its extension, as the route segment holds it. */
export const AnnotationFileParamsSchema = z.object({ file: z.string().regex(/^[a-z0-9]{1,40}\.jsonld$/) });

export const AnnotationPageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).optional().meta({ description: "An AnnotationPage instead of the collection." }),
});

export type HighlightDto = z.infer<typeof HighlightSchema>;
export type MyHighlightDto = z.infer<typeof MyHighlightSchema>;
export type MyHighlightPageDto = z.infer<typeof MyHighlightPageSchema>;
export type ArticleHighlightsDto = z.infer<typeof ArticleHighlightsSchema>;
export type PopularSegment = z.infer<typeof PopularSegmentSchema>;
export type CreateHighlightInput = z.infer<typeof CreateHighlightSchema>;
export type UpdateHighlightInput = z.infer<typeof UpdateHighlightSchema>;
