import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { QueuePage, UserModerationProfile } from "@/lib/api/moderation-schemas";
import { toAuditEntryDto } from "@/lib/moderation/audit-log-query";
import { countCommentsByStatus, MODERATED_USER_SELECT, toModeratedUser } from "@/lib/moderation/moderated-user";
import { OUTSIDE_PRIVATE_NOTES } from "@/lib/discussion/comment-visibility";
import { listQueueComments } from "@/lib/moderation/moderation-queue";
import { assertModerator } from "@/lib/moderation/moderation-roles";

const HISTORY_SIZE = 20;
const COMMENTS_PAGE_SIZE = 20;

/** A user's standing, history in figures and the latest moderation actions on them. */
export async function getUserModerationProfile(options: { actor: ActiveUser; userId: string; db?: PrismaClient; now?: Date }): Promise<UserModerationProfile> {
  const { actor, userId, db = getDb() } = options;
  assertModerator(actor);
  const user = await db.user.findUnique({ where: { id: userId }, select: MODERATED_USER_SELECT });
  if (!user) throw new AppError("not_found", "No user with that id.");
  const [counts, reportsAgainst, history] = await Promise.all([
    countCommentsByStatus(db, [userId]),
    db.report.count({ where: { comment: { authorId: userId } } }),
    db.auditLogEntry.findMany({ where: { targetType: "user", targetId: userId }, orderBy: { id: "desc" }, take: HISTORY_SIZE }),
  ]);
  return { user: toModeratedUser(user, counts.get(userId), options.now ?? new Date()), reportsAgainst, history: history.map((entry) => toAuditEntryDto(entry)) };
}

/** Everything a user wrote (comments and notes, any status), newest first, with the queue's context. */
export async function listUserComments(options: { actor: ActiveUser; userId: string; cursor?: string; limit?: number; db?: PrismaClient; now?: Date }): Promise<QueuePage> {
  const { actor, userId, db = getDb() } = options;
  assertModerator(actor);
  if (!(await db.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw new AppError("not_found", "No user with that id.");
  return listQueueComments(db, {
    where: { authorId: userId, ...OUTSIDE_PRIVATE_NOTES },
    list: `user:${userId}`,
    cursor: options.cursor,
    limit: options.limit ?? COMMENTS_PAGE_SIZE,
    now: options.now ?? new Date(),
  });
}
