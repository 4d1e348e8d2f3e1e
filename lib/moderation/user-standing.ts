import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient, UserStatus } from "@/lib/generated/prisma/client";
import { MAX_MODERATION_REASON, type StandingAction } from "@/lib/api/moderation-schemas";
import { codePointLength } from "@/lib/text/code-points";
import { recordAudit } from "@/lib/moderation/audit-log";
import { countCommentsByStatus, MODERATED_USER_SELECT, toModeratedUser, type ModeratedUser } from "@/lib/moderation/moderated-user";
import { assertModerator, auditActor, ROLE_RANK } from "@/lib/moderation/moderation-roles";

/**
 * Whether `actor` may act on `target`'s account: never on themselves;
 * moderators only on members; admins on members and moderators (another
 * admin has to be demoted first).
 */
export function assertMayModerateUser(actor: ActiveUser, target: { id: string; role: ActiveUser["role"] }): void {
  if (target.id === actor.id) throw new AppError("forbidden", "You cannot act on your own account.");
  if (ROLE_RANK[target.role] >= ROLE_RANK[actor.role]) {
    throw new AppError("forbidden", "Your role does not allow acting on this account.");
  }
}

function validReason(action: StandingAction, raw: string | undefined): string | null {
  const reason = raw?.trim() ?? "";
  if (codePointLength(reason) > MAX_MODERATION_REASON) {
    throw new AppError("validation_failed", `Give the reason in at most ${MAX_MODERATION_REASON} characters.`, { reason: ["too_long"] });
  }
  if (action !== "lift" && reason === "") {
    throw new AppError("validation_failed", "Say why: the user will see the reason.", { reason: ["required"] });
  }
  return reason === "" ? null : reason;
}

type StandingData = { status: UserStatus; suspendedUntil: Date | null; suspensionReason: string | null };

function standingData(action: StandingAction, until: Date | undefined, reason: string | null, now: Date): StandingData {
  switch (action) {
    case "suspend":
      if (until && until <= now) throw new AppError("validation_failed", "A suspension ends in the future.", { until: ["past"] });
      return { status: "SUSPENDED", suspendedUntil: until ?? null, suspensionReason: reason };
    case "ban":
      return { status: "BANNED", suspendedUntil: null, suspensionReason: reason };
    case "lift":
      return { status: "ACTIVE", suspendedUntil: null, suspensionReason: null };
  }
}

function standingSnapshot(user: StandingData): Prisma.InputJsonObject {
  return { status: user.status, suspendedUntil: user.suspendedUntil?.toISOString() ?? null, suspensionReason: user.suspensionReason };
}

/**
 * Suspends a user (until a date, or until lifted), bans them, or lifts either.
 * They keep reading; every write answers 403 account_suspended (saying until
 * when) or account_banned, and they see the reason on their account.
 */
export async function setUserStanding(options: {
  actor: ActiveUser;
  userId: string;
  action: StandingAction;
  until?: Date;
  reason?: string;
  db?: PrismaClient;
  now?: Date;
}): Promise<ModeratedUser> {
  const { actor, userId, action, db = getDb() } = options;
  const now = options.now ?? new Date();
  assertModerator(actor);
  const reason = validReason(action, options.reason);
  const data = standingData(action, options.until, reason, now);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    const target = await tx.user.findUnique({ where: { id: userId }, select: MODERATED_USER_SELECT });
    if (!target) throw new AppError("not_found", "No user with that id.");
    assertMayModerateUser(actor, target);
    const updated = await tx.user.update({ where: { id: userId }, data, select: MODERATED_USER_SELECT });
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: `user.${action}`,
      targetType: "user",
      targetId: userId,
      reason,
      before: standingSnapshot(target),
      after: standingSnapshot(updated),
    });
    const counts = await countCommentsByStatus(tx, [userId]);
    return toModeratedUser(updated, counts.get(userId), now);
  });
}
