import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Which comments a reader sees in a thread: published ones; their own held or
 * removed ones (with the reason); and a deleted one only as a placeholder
 * while published replies still hang below it (replyCount > 0), so that a
 * deleted comment without replies disappears from listings.
 *
 * Two forms of one rule: a Prisma filter, and SQL for the keyset queries.
 */
export function visibleCommentsWhere(viewerId: string | null): Prisma.CommentWhereInput {
  const rules: Prisma.CommentWhereInput[] = [{ status: "PUBLISHED" }, { status: "DELETED", replyCount: { gt: 0 } }];
  if (viewerId) rules.push({ authorId: viewerId, status: { in: ["PENDING", "HIDDEN", "REJECTED"] } });
  return { OR: rules };
}

export function visibleCommentsSql(viewerId: string | null): Prisma.Sql {
  const own = viewerId
    ? Prisma.sql`OR ("authorId" = ${viewerId} AND "status" IN ('PENDING', 'HIDDEN', 'REJECTED'))`
    : Prisma.empty;
  return Prisma.sql`("status" = 'PUBLISHED' OR ("status" = 'DELETED' AND "replyCount" > 0) ${own})`;
}
