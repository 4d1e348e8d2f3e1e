import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/moderation/audit-log";
import { countCommentsByStatus, MODERATED_USER_SELECT, toModeratedUser, type ModeratedUser } from "@/lib/moderation/moderated-user";
import { assertAdmin, auditActor } from "@/lib/moderation/moderation-roles";

/**
 * Gives a user a role, audited. Without a user actor (the CLI, ADMIN_EMAILS at
 * sign-in) nothing is checked: whoever runs those already controls the server.
 */
export async function assignRole(
  db: PrismaClient,
  options: { actor: AuditActor; userId: string; role: Role; reason?: string; now?: Date },
): Promise<{ user: ModeratedUser; changed: boolean }> {
  const { actor, userId, role } = options;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const before = await tx.user.findUnique({ where: { id: userId }, select: MODERATED_USER_SELECT });
    if (!before) throw new AppError("not_found", "No user with that id.");
    const changed = before.role !== role;
    const user = changed ? await tx.user.update({ where: { id: userId }, data: { role }, select: MODERATED_USER_SELECT }) : before;
    if (changed) {
      await recordAudit(tx, {
        actor,
        action: "user.role",
        targetType: "user",
        targetId: userId,
        reason: options.reason ?? null,
        before: { role: before.role },
        after: { role },
      });
    }
    const counts = await countCommentsByStatus(tx, [userId]);
    return { user: toModeratedUser(user, counts.get(userId), options.now ?? new Date()), changed };
  });
}

/** Admins appoint and remove moderators (and admins); nobody changes their own role, so a site cannot lose its last admin by a slip. */
export async function setUserRole(options: { actor: ActiveUser; userId: string; role: Role; db?: PrismaClient; now?: Date }): Promise<ModeratedUser> {
  const { actor, userId, role, db = getDb() } = options;
  assertAdmin(actor);
  if (userId === actor.id) throw new AppError("forbidden", "You cannot change your own role.");
  return (await assignRole(db, { actor: auditActor(actor), userId, role, now: options.now })).user;
}
