import { z } from "zod";
import { CursorParamSchema, NextCursorSchema } from "@/lib/api/paging-schemas";
import { RoleSchema, StatusSchema } from "@/lib/api/account-schemas";
import { CommentStatusSchema } from "@/lib/api/comment-schemas";

/** Schemas of the moderation API; the services return these DTOs, so the UI and the API see the same shapes. */

const Instant = z.iso.datetime();
const Id = z.string().regex(/^[a-z0-9]{1,40}$/);

export const ReportReasonSchema = z.enum(["SPAM", "ABUSE", "OFF_TOPIC", "MISINFORMATION", "OTHER"]).meta({
  description: "SPAM, ABUSE (骚扰), OFF_TOPIC, MISINFORMATION, or OTHER (details required).",
});
export type ReportReason = z.infer<typeof ReportReasonSchema>;

export const MAX_REPORT_DETAILS = 500;
export const MAX_MODERATION_REASON = 500;

export const CreateReportSchema = z
  .object({
    reason: ReportReasonSchema,
    details: z.string().max(MAX_REPORT_DETAILS * 4).optional().meta({ description: `Up to ${MAX_REPORT_DETAILS} characters; required for OTHER.` }),
  })
  .meta({ id: "CreateReport" });

export const ReportResultSchema = z
  .object({
    reportCount: z.number().int().nonnegative().meta({ description: "Unreviewed reports of the comment, yours included." }),
    hidden: z.boolean().meta({ description: "True when this report hid the comment pending review." }),
  })
  .meta({ id: "ReportResult" });

export const QueueTabSchema = z.enum(["pending", "reported", "hidden", "recent"]).meta({
  description: "pending: held by pre-moderation or the word filter; reported: with unreviewed reports; hidden: hidden pending review; recent: everything, newest first.",
});
export type QueueTab = z.infer<typeof QueueTabSchema>;

export const QueueQuerySchema = z.object({
  tab: QueueTabSchema.default("pending"),
  cursor: CursorParamSchema,
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const ModerationFlagSchema = z
  .looseObject({ kind: z.string().meta({ description: "e.g. pre_moderation, word_filter, link, reports." }) })
  .meta({ id: "ModerationFlag", description: "Why it was held or hidden automatically; further fields depend on the kind." });

export const PassageSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("block"), anchor: z.string(), text: z.string().nullable().meta({ description: "Null when the block is gone." }) }),
    z.object({ kind: z.literal("quote"), exact: z.string(), highlightId: z.string() }),
    z.object({ kind: z.literal("article") }),
  ])
  .meta({ id: "ModerationPassage", description: "What the comment is anchored to: a block, a highlighted quote (a note), or the whole article." });

export const ModeratedUserSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    image: z.string().nullable(),
    role: RoleSchema,
    status: StatusSchema.meta({ description: "The standing now: a suspension whose end has passed reads as active." }),
    suspendedUntil: Instant.nullable(),
    suspensionReason: z.string().nullable(),
    createdAt: Instant,
    commentCounts: z
      .object({ published: z.number().int(), pending: z.number().int(), hidden: z.number().int(), rejected: z.number().int(), deleted: z.number().int() })
      .meta({ description: "The user's comments and notes by status." }),
  })
  .meta({ id: "ModeratedUser" });

export const QueueReportSchema = z
  .object({
    id: z.string(),
    reason: ReportReasonSchema,
    details: z.string().nullable(),
    reporterName: z.string().nullable(),
    createdAt: Instant,
    reviewedAt: Instant.nullable(),
  })
  .meta({ id: "QueueReport" });

export const QueueItemSchema = z
  .object({
    comment: z.object({
      id: z.string(),
      body: z.string().meta({ description: "Moderators see the body whatever the status (empty once deleted)." }),
      status: CommentStatusSchema,
      moderationReason: z.string().nullable(),
      moderationFlags: z.array(ModerationFlagSchema),
      reportCount: z.number().int().nonnegative(),
      rootId: z.string(),
      depth: z.number().int(),
      createdAt: Instant,
      editedAt: Instant.nullable(),
      pinnedAt: Instant.nullable(),
      lockedAt: Instant.nullable(),
      moderatedAt: Instant.nullable(),
    }),
    article: z.object({ slug: z.string(), title: z.string() }),
    passage: PassageSchema,
    parent: z.object({ id: z.string(), authorName: z.string().nullable(), body: z.string() }).nullable(),
    author: ModeratedUserSchema,
    reports: z.array(QueueReportSchema).meta({ description: "Newest first, reviewed ones included." }),
  })
  .meta({ id: "QueueItem" });
export type QueueItem = z.infer<typeof QueueItemSchema>;

export const QueuePageSchema = z
  .object({ items: z.array(QueueItemSchema), nextCursor: NextCursorSchema })
  .meta({ id: "QueuePage" });
export type QueuePage = z.infer<typeof QueuePageSchema>;

export const CommentActionSchema = z.enum(["approve", "reject", "restore", "mark_reviewed", "lock", "unlock", "pin", "unpin"]);
export type CommentAction = z.infer<typeof CommentActionSchema>;

export const CommentActionsRequestSchema = z
  .object({
    commentIds: z.array(Id).min(1).max(100),
    action: CommentActionSchema,
    reason: z.string().max(MAX_MODERATION_REASON * 4).optional().meta({ description: "Required for reject: its author sees it." }),
  })
  .meta({ id: "CommentActionsRequest" });

export const CommentActionOutcomeSchema = z
  .object({
    id: z.string(),
    outcome: z.enum(["done", "unchanged", "not_found", "not_applicable"]).meta({
      description: "not_found: no such comment, or one in a private note (nobody's business but its owner's); unchanged: already so; not_applicable: the action does not fit the comment (e.g. pinning a reply, approving a deleted one).",
    }),
    status: CommentStatusSchema.nullable().meta({ description: "The comment's status afterwards; null when not found." }),
  })
  .meta({ id: "CommentActionOutcome" });
export type CommentActionOutcome = z.infer<typeof CommentActionOutcomeSchema>;

export const CommentActionsResultSchema = z
  .object({ results: z.array(CommentActionOutcomeSchema) })
  .meta({ id: "CommentActionsResult" });

export const StandingActionSchema = z.enum(["suspend", "ban", "lift"]);
export type StandingAction = z.infer<typeof StandingActionSchema>;

export const SetStandingSchema = z
  .object({
    action: StandingActionSchema,
    until: Instant.optional().meta({ description: "End of a suspension (in the future); without it the suspension lasts until lifted." }),
    reason: z.string().max(MAX_MODERATION_REASON * 4).optional().meta({ description: "Required for suspend and ban; the user sees it." }),
  })
  .meta({ id: "SetStanding" });

export const SetRoleSchema = z.object({ role: RoleSchema }).meta({ id: "SetRole" });

export const UserIdParamsSchema = z.object({ id: Id });

export const UserCommentsQuerySchema = z.object({ cursor: CursorParamSchema });

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string().meta({ description: "The actor's name at the time, or system / cli." }),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    reason: z.string().nullable(),
    before: z.unknown().nullable(),
    after: z.unknown().nullable(),
    createdAt: Instant,
    commentLocation: z
      .object({
        articleSlug: z.string(),
        articleTitle: z.string(),
        anchor: z.string().nullable().meta({ description: "The block the thread hangs on; null for the article-wide discussion or a note." }),
        highlightId: z.string().nullable().meta({ description: "The public note the comment belongs to, if any." }),
      })
      .nullable()
      .meta({ description: "For a comment target that still exists: where it is read (its thread opens with ?thread=<anchor>, article, or note-<highlightId>)." }),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntryDto = z.infer<typeof AuditEntrySchema>;

export const UserModerationProfileSchema = z
  .object({
    user: ModeratedUserSchema,
    reportsAgainst: z.number().int().nonnegative().meta({ description: "Reports on the user's comments, reviewed ones included." }),
    history: z.array(AuditEntrySchema).meta({ description: "The latest moderation actions on the user, newest first." }),
  })
  .meta({ id: "UserModerationProfile" });
export type UserModerationProfile = z.infer<typeof UserModerationProfileSchema>;

export const AuditTargetTypeSchema = z.enum(["comment", "user", "settings", "word", "report", "highlight"]);

export const AuditLogQuerySchema = z.object({
  action: z.string().max(100).optional(),
  actorId: Id.optional(),
  targetType: AuditTargetTypeSchema.optional(),
  targetId: z.string().max(100).optional(),
  from: Instant.optional().meta({ description: "From this instant (inclusive)." }),
  to: Instant.optional().meta({ description: "Before this instant (exclusive)." }),
  cursor: CursorParamSchema,
});

export const AuditLogPageSchema = z
  .object({ entries: z.array(AuditEntrySchema).meta({ description: "Newest first." }), nextCursor: NextCursorSchema })
  .meta({ id: "AuditLogPage" });
export type AuditLogPage = z.infer<typeof AuditLogPageSchema>;

export const PreModerationSchema = z.enum(["OFF", "NEW_USERS", "EVERYONE"]);

export const ModerationSettingsSchema = z
  .object({
    preModeration: PreModerationSchema.meta({ description: "OFF, NEW_USERS (their first newUserCommentCount comments are held) or EVERYONE." }),
    newUserCommentCount: z.number().int().min(0).max(1000),
    holdLinksFromNewUsers: z.boolean(),
    reportHideThreshold: z.number().int().min(1).max(1000),
    commentIntervalSeconds: z.number().int().min(0).max(86_400),
    commentsPerHour: z.number().int().min(1).max(100_000),
    signInAttemptsPer15Min: z.number().int().min(1).max(100_000),
  })
  .meta({ id: "ModerationSettings" });
export type ModerationSettingsDto = z.infer<typeof ModerationSettingsSchema>;

export const ModerationSettingsPatchSchema = ModerationSettingsSchema.partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one setting." })
  .meta({ id: "ModerationSettingsPatch" });
export type ModerationSettingsPatch = z.infer<typeof ModerationSettingsPatchSchema>;

export const WordKindSchema = z.enum(["BLOCKED", "SUSPECT"]).meta({ description: "BLOCKED: refused with a message naming the word; SUSPECT: held for review." });

export const WordEntrySchema = z
  .object({ id: z.string(), term: z.string(), normalized: z.string(), kind: WordKindSchema, createdAt: Instant })
  .meta({ id: "WordEntry" });
export type WordEntryDto = z.infer<typeof WordEntrySchema>;

export const WordListSchema = z.object({ entries: z.array(WordEntrySchema) }).meta({ id: "WordList" });

export const AddWordsSchema = z
  .object({ kind: WordKindSchema, terms: z.array(z.string().max(1000)).min(1).max(200) })
  .meta({ id: "AddWords" });

export const AddWordsResultSchema = z
  .object({
    added: z.array(WordEntrySchema),
    rejected: z
      .array(
        z.object({
          term: z.string(),
          error: z.enum(["empty", "too_long", "invisible_only", "duplicate"]).meta({
            description: "duplicate: the same normalised entry is already listed (in either list) or given twice.",
          }),
        }),
      )
      .meta({ description: "Terms not added, each with why; the others were added." }),
  })
  .meta({ id: "AddWordsResult" });
export type AddWordsResult = z.infer<typeof AddWordsResultSchema>;

export const WordIdParamsSchema = z.object({ id: Id });
