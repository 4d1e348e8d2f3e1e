import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { ModeratedUserSchema } from "@/lib/api/moderation-schemas";
import { accountStanding } from "@/lib/auth/account-standing";
import { roleName } from "@/lib/moderation/moderation-names";

export type ModeratedUser = z.infer<typeof ModeratedUserSchema>;

export const MODERATED_USER_SELECT = {
  id: true,
  name: true,
  image: true,
  role: true,
  status: true,
  suspendedUntil: true,
  suspensionReason: true,
  createdAt: true,
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof MODERATED_USER_SELECT }>;
type Counts = ModeratedUser["commentCounts"];

const NO_COMMENTS: Counts = { published: 0, pending: 0, hidden: 0, rejected: 0, deleted: 0 };

/** Comments per status of each user, in one query. */
export async function countCommentsByStatus(db: Prisma.TransactionClient, userIds: readonly string[]): Promise<Map<string, Counts>> {
  const groups = await db.comment.groupBy({ by: ["authorId", "status"], where: { authorId: { in: [...userIds] } }, _count: { _all: true } });
  const counts = new Map<string, Counts>();
  for (const group of groups) {
    const current = counts.get(group.authorId) ?? { ...NO_COMMENTS };
    current[group.status.toLowerCase() as keyof Counts] = group._count._all;
    counts.set(group.authorId, current);
  }
  return counts;
}

/** A user as moderators see them: standing now (an expired suspension reads as active), role and history in figures. */
export function toModeratedUser(user: UserRow, counts: Counts | undefined, now: Date): ModeratedUser {
  const standing = accountStanding(user, now);
  return {
    id: user.id,
    name: user.name,
    image: user.image,
    role: roleName(user.role),
    status: standing.status,
    suspendedUntil: standing.status === "suspended" ? (standing.until?.toISOString() ?? null) : null,
    suspensionReason: standing.status === "active" ? null : user.suspensionReason,
    createdAt: user.createdAt.toISOString(),
    commentCounts: counts ?? NO_COMMENTS,
  };
}
