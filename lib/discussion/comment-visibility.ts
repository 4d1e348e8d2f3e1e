import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which comments a reader sees in a thread: published ones; their own held or
 * removed ones (with the reason); and any other (deleted, or held or removed
 * by moderation) only as a placeholder while published replies still hang
 * below it (replyCount > 0), so that the replies keep their place and such a
 * comment without replies disappears from listings. comment-dto shows the
 * placeholder to others as "deleted", never with its body or reason.
 *
 * Two forms of one rule: a Prisma filter, and SQL for the keyset queries.
 */
export function visibleCommentsWhere(viewerId: string | null): Prisma.CommentWhereInput {
  const rules: Prisma.CommentWhereInput[] = [{ status: "PUBLISHED" }, { replyCount: { gt: 0 } }];
  if (viewerId) rules.push({ authorId: viewerId, status: { in: ["PENDING", "HIDDEN", "REJECTED"] } });
  return { OR: rules };
}

export function visibleCommentsSql(viewerId: string | null): Prisma.Sql {
  const own = viewerId
    ? Prisma.sql`OR ("authorId" = ${viewerId} AND "status" IN ('PENDING', 'HIDDEN', 'REJECTED'))`
    : Prisma.empty;
  return Prisma.sql`("status" = 'PUBLISHED' OR "replyCount" > 0 ${own})`;
}

/** What the thread rule needs of a comment's highlight (null: a paragraph comment). */
export type ThreadHighlight = { userId: string; visibility: "PUBLIC" | "PRIVATE"; orphanedAt: Date | null } | null;

export const THREAD_HIGHLIGHT_SELECT = { highlight: { select: { userId: true, visibility: true, orphanedAt: true } } } as const;

/**
 * Whose thread a comment is in decides who may know of it at all (read it,
 * be notified of it, act on it): a paragraph thread is anyone's; a note's
 * thread only theirs who may see its highlight, so a private (or orphaned)
 * note's thread is its owner's alone, replies included. `viewerId` null is
 * anyone, as for live events. The same rule as isHighlightVisible.
 */
export function isThreadVisible(highlight: ThreadHighlight, viewerId: string | null): boolean {
  return highlight === null || highlight.userId === viewerId || (highlight.visibility === "PUBLIC" && highlight.orphanedAt === null);
}

export function visibleThreadWhere(viewerId: string | null): Prisma.CommentWhereInput {
  const rules: Prisma.CommentWhereInput[] = [{ highlightId: null }, { highlight: { visibility: "PUBLIC", orphanedAt: null } }];
  if (viewerId) rules.push({ highlight: { userId: viewerId } });
  return { OR: rules };
}

/**
 * Whether the viewer may act on one comment (like it, or learn that it exists
 * but is someone else's): a visible thread, and a comment published or their
 * own held one. A deleted comment or someone else's held one is not there.
 */
export function isCommentReachable(
  comment: { authorId: string; status: string } & { highlight: ThreadHighlight },
  viewerId: string | null,
): boolean {
  if (!isThreadVisible(comment.highlight, viewerId)) return false;
  return comment.status === "PUBLISHED" || (comment.authorId === viewerId && comment.status !== "DELETED");
}

/**
 * Comments outside private notes: all that moderation may list or act on. A
 * private note's thread is its owner's alone, moderators included; public
 * notes (orphaned ones too) are moderated like comments.
 */
export const OUTSIDE_PRIVATE_NOTES = { OR: [{ highlightId: null }, { highlight: { visibility: "PUBLIC" } }] } satisfies Prisma.CommentWhereInput;
