import type { NotificationDto } from "@/lib/api/comment-schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visibleThreadWhere } from "@/lib/discussion/comment-visibility";
import { sliceCodePoints } from "@/lib/text/code-points";

export const NOTIFICATION_SELECT = {
  id: true,
  kind: true,
  readAt: true,
  createdAt: true,
  actor: { select: { id: true, name: true, image: true } },
  comment: {
    select: { id: true, anchor: true, highlightId: true, body: true, status: true, article: { select: { slug: true, title: true } } },
  },
} satisfies Prisma.NotificationSelect;

/**
 * The user's notifications that may still be shown: about a comment in a
 * thread they can see. One about a note made private since is hidden (not
 * deleted: it comes back if the note is made public again).
 */
export function visibleNotificationsWhere(userId: string): Prisma.NotificationWhereInput {
  return { userId, comment: visibleThreadWhere(userId) };
}

export type NotificationRow = Prisma.NotificationGetPayload<{ select: typeof NOTIFICATION_SELECT }>;

/** Code points of the comment shown in a notification. */
export const EXCERPT_LENGTH = 80;

export function toNotificationDto(row: NotificationRow): NotificationDto {
  const { comment } = row;
  const excerpt = sliceCodePoints(comment.body.replace(/\s+/g, " ").trim(), 0, EXCERPT_LENGTH);
  return {
    id: row.id,
    kind: row.kind === "REPLY" ? "reply" : "mention",
    actor: { id: row.actor.id, name: row.actor.name ?? "读者", image: row.actor.image },
    comment: {
      id: comment.id,
      anchor: comment.anchor,
      highlightId: comment.highlightId,
      // Only published text travels; a comment held or removed since says nothing.
      excerpt: comment.status === "PUBLISHED" ? excerpt : null,
      articleSlug: comment.article.slug,
      articleTitle: comment.article.title,
    },
    readAt: row.readAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
