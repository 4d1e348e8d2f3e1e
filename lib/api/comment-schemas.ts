import { z } from "zod";
import { CursorParamSchema, NextCursorSchema } from "@/lib/api/paging-schemas";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";

export const CommentSortSchema = z.enum(["hot", "newest", "oldest"]).meta({
  description: "hot (最热): most likes, then newest; newest (最新); oldest (最早).",
});

export const CommentStatusSchema = z.enum(["published", "pending", "hidden", "rejected", "deleted"]);

export const CommentAuthorSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    image: z.string().nullable(),
    staff: z
      .enum(["admin", "moderator"])
      .optional()
      .meta({ description: "From the author's role, shown as a badge beside the name: no display name can fake it." }),
  })
  .meta({ id: "CommentAuthor" });

export const CommentSchema = z
  .object({
    id: z.string(),
    anchor: z.string().nullable().meta({ description: "Block anchor; null for the article-wide discussion and for a note's thread." }),
    highlightId: z.string().nullable().meta({ description: "Set on a note and every reply in its thread: the highlight it discusses." }),
    parentId: z.string().nullable(),
    rootId: z.string(),
    depth: z.number().int().min(0).max(2).meta({ description: "0 for a root; replies nest to the third level (2)." }),
    replyTo: CommentAuthorSchema.nullable().meta({ description: "Whom a reply answers (shown as 回复 @name)." }),
    author: CommentAuthorSchema,
    body: z.string().nullable().meta({ description: "Null when the comment was deleted: its body is never served." }),
    status: CommentStatusSchema,
    moderationReason: z.string().nullable().meta({ description: "Why it was removed; only its author sees it." }),
    likeCount: z.number().int().nonnegative(),
    likedByMe: z.boolean(),
    replyCount: z.number().int().nonnegative(),
    editedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    pinned: z.boolean().meta({ description: "A pinned (featured) root: it comes first in its discussion." }),
    locked: z.boolean().meta({ description: "A locked thread's root: the thread takes no new replies." }),
    canEdit: z.boolean(),
    canDelete: z.boolean(),
  })
  .meta({ id: "Comment" });

export const ThreadSchema = CommentSchema.extend({
  replies: z.array(CommentSchema).meta({ description: "All replies of this root, oldest first." }),
}).meta({ id: "Thread" });

export const ThreadPageSchema = z
  .object({
    threads: z.array(ThreadSchema),
    nextCursor: NextCursorSchema,
  })
  .meta({ id: "ThreadPage" });

export const CommentCountsSchema = z
  .object({
    blocks: z.record(z.string(), z.number().int().nonnegative()).meta({ description: "Visible comments per block anchor." }),
    article: z.number().int().nonnegative().meta({ description: "Visible comments in the article-wide discussion." }),
  })
  .meta({ id: "CommentCounts" });

export const ThreadQuerySchema = z.object({
  anchor: z.string().min(1).max(100).meta({ description: "A block anchor, or `article` for the article-wide discussion." }),
  sort: CommentSortSchema.default("hot"),
  cursor: CursorParamSchema,
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const CreateCommentSchema = z
  .object({
    anchor: z.string().min(1).max(100).nullable().meta({ description: "Block anchor, or null for the whole article." }),
    parentId: z.string().min(1).max(100).optional(),
    body: z.string().max(MAX_COMMENT_LENGTH * 4).meta({ description: `1 to ${MAX_COMMENT_LENGTH} code points of Markdown (safe subset).` }),
    idempotencyKey: z.uuid().optional().meta({ description: "One per submission: a retried or double-clicked post creates one comment. The Idempotency-Key header works too." }),
  })
  .meta({ id: "CreateComment" });

export const UpdateCommentSchema = z
  .object({ body: z.string().max(MAX_COMMENT_LENGTH * 4) })
  .meta({ id: "UpdateComment" });

export const LikeStateSchema = z
  .object({ likeCount: z.number().int().nonnegative(), likedByMe: z.boolean() })
  .meta({ id: "LikeState" });

export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(["reply", "mention"]),
    actor: CommentAuthorSchema,
    comment: z.object({ id: z.string(), anchor: z.string().nullable(), highlightId: z.string().nullable(), excerpt: z.string().nullable(), articleSlug: z.string(), articleTitle: z.string() }),
    readAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "Notification" });

export const NotificationPageSchema = z
  .object({
    notifications: z.array(NotificationSchema).meta({ description: "Newest first." }),
    nextCursor: NextCursorSchema,
  })
  .meta({ id: "NotificationPage" });

export const NotificationQuerySchema = z.object({
  cursor: CursorParamSchema,
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const UnreadCountSchema = z
  .object({ unread: z.number().int().nonnegative() })
  .meta({ id: "UnreadCount" });

export const MarkNotificationsReadSchema = z
  .object({
    ids: z.array(z.string().min(1).max(100)).min(1).max(100).optional().meta({ description: "These notifications (others' ids are ignored)." }),
    all: z.literal(true).optional().meta({ description: "Every notification of the signed-in user." }),
  })
  .refine((value) => (value.ids === undefined) !== (value.all === undefined), {
    message: "Give either ids or all: true.",
    path: ["ids"],
  })
  .meta({ id: "MarkNotificationsRead" });

/** A comment id in a path; anything else names nothing (404). */
export const CommentIdParamsSchema = z.object({ id: z.string().regex(/^[a-z0-9]{1,40}$/) });

export type CommentDto = z.infer<typeof CommentSchema>;
export type ThreadDto = z.infer<typeof ThreadSchema>;
export type ThreadPageDto = z.infer<typeof ThreadPageSchema>;
export type CommentCountsDto = z.infer<typeof CommentCountsSchema>;
export type CommentSort = z.infer<typeof CommentSortSchema>;
export type NotificationDto = z.infer<typeof NotificationSchema>;
export type NotificationPageDto = z.infer<typeof NotificationPageSchema>;
export type LikeStateDto = z.infer<typeof LikeStateSchema>;
