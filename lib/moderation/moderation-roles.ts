import type { ActiveUser } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AuditActor } from "@/lib/moderation/audit-log";

/**
 * Role checks of the moderation services. They run inside every service (not
 * only in routes), so a server action or a script cannot skip them.
 */

export const ROLE_RANK: Record<Role, number> = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 };

export function assertModerator(actor: ActiveUser): void {
  if (ROLE_RANK[actor.role] < ROLE_RANK.MODERATOR) throw new AppError("forbidden", "Only moderators and admins may do this.");
}

export function assertAdmin(actor: ActiveUser): void {
  if (actor.role !== "ADMIN") throw new AppError("forbidden", "Only admins may do this.");
}

export function auditActor(actor: ActiveUser): AuditActor {
  return { id: actor.id, name: actor.name };
}
