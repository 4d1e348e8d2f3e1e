import type { CommentAuthorSchema, CommentDto, ThreadDto } from "@/lib/api/comment-schemas";
import type { UserStatus as CommentViewerStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { accountStanding } from "@/lib/auth/account-standing";
import { statusName } from "@/lib/moderation/moderation-names";

/** What every comment query selects: exactly what the DTO needs. */
export const COMMENT_SELECT = {
  id: true,
  anchor: true,
  highlightId: true,
  parentId: true,
  rootId: true,
  depth: true,
  authorId: true,
  body: true,
  status: true,
  moderationReason: true,
  likeCount: true,
  replyCount: true,
  editedAt: true,
  createdAt: true,
  pinnedAt: true,
  lockedAt: true,
  author: { select: { id: true, name: true, image: true, role: true } },
  replyToUser: { select: { id: true, name: true, image: true } },
} satisfies Prisma.CommentSelect;

export type CommentRow = Prisma.CommentGetPayload<{ select: typeof COMMENT_SELECT }>;

/**
 * Who is looking, for the per-viewer fields. `mayWrite` is false for a
 * suspended or banned reader, who sees no edit or delete controls.
 */
export type CommentViewer = { id: string; mayWrite: boolean };

export function toCommentViewer(
  user: { id: string; status: CommentViewerStatus; suspendedUntil: Date | null } | null,
  now: Date,
): CommentViewer | null {
  return user ? { id: user.id, mayWrite: accountStanding(user, now).status === "active" } : null;
}

// Users without a display name (the provider gave none) still need one in a thread.
const UNNAMED_AUTHOR = "读者";


type AuthorRow = { id: string; name: string | null; image: string | null; role?: "MEMBER" | "MODERATOR" | "ADMIN" };

const STAFF = { ADMIN: "admin", MODERATOR: "moderator" } as const;

function toAuthorDto(user: AuthorRow): z.infer<typeof CommentAuthorSchema> {
  const staff = user.role && user.role !== "MEMBER" ? STAFF[user.role] : undefined;
  return { id: user.id, name: user.name ?? UNNAMED_AUTHOR, image: user.image, ...(staff && { staff }) };
}

/** Whether the viewer may still edit the comment (their own, and not removed or deleted). */
export function canEditComment(row: Pick<CommentRow, "authorId" | "status">, viewer: CommentViewer | null): boolean {
  return viewer !== null && viewer.mayWrite && viewer.id === row.authorId && (row.status === "PUBLISHED" || row.status === "PENDING");
}

export function canDeleteComment(row: Pick<CommentRow, "authorId" | "status">, viewer: CommentViewer | null): boolean {
  return viewer !== null && viewer.mayWrite && viewer.id === row.authorId && row.status !== "DELETED";
}

/**
 * The comment as `viewer` may see it. A deleted comment never carries its
 * body; a held or removed one shows its body and the reason to its author
 * only. `listed`: in a listing, others meet a held or removed comment only as
 * the placeholder its replies hang from, so it reads as deleted; a live event
 * keeps the real status, which tells each client to withdraw it (its author's
 * client keeps it).
 */
function commentDto(row: CommentRow, viewer: CommentViewer | null, likedByViewer: ReadonlySet<string>, listed: boolean): CommentDto {
  const isAuthor = viewer !== null && viewer.id === row.authorId;
  const bodyVisible = row.status === "PUBLISHED" || (isAuthor && row.status !== "DELETED");
  const status = listed && !bodyVisible ? "DELETED" : row.status;
  return {
    id: row.id,
    anchor: row.anchor,
    highlightId: row.highlightId,
    parentId: row.parentId,
    rootId: row.rootId ?? row.id,
    depth: row.depth,
    replyTo: row.replyToUser ? toAuthorDto(row.replyToUser) : null,
    author: toAuthorDto(row.author),
    body: bodyVisible ? row.body : null,
    status: statusName(status),
    moderationReason: isAuthor && row.status !== "DELETED" ? row.moderationReason : null,
    likeCount: row.likeCount,
    likedByMe: likedByViewer.has(row.id),
    replyCount: row.replyCount,
    editedAt: row.editedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    pinned: row.pinnedAt !== null,
    locked: row.lockedAt !== null,
    canEdit: canEditComment(row, viewer),
    canDelete: canDeleteComment(row, viewer),
  };
}

/** The comment as `viewer` (null: signed out) sees it in a listing or in an answer to their own request. */
export function toCommentDto(row: CommentRow, viewer: CommentViewer | null, likedByViewer: ReadonlySet<string>): CommentDto {
  return commentDto(row, viewer, likedByViewer, true);
}

/** The comment as everyone may see it: for live events, which go to all readers alike. */
export function toNeutralCommentDto(row: CommentRow): CommentDto {
  return commentDto(row, null, new Set(), false);
}

export function toThreadDto(root: CommentRow, replies: readonly CommentRow[], viewer: CommentViewer | null, liked: ReadonlySet<string>): ThreadDto {
  return { ...toCommentDto(root, viewer, liked), replies: replies.map((reply) => toCommentDto(reply, viewer, liked)) };
}
