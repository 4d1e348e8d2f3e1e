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
