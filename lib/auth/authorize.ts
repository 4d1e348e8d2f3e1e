import type { CurrentUser } from "@/lib/accounts/get-current-user";
import { accountStanding } from "@/lib/auth/account-standing";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

declare const checked: unique symbol;
/**
 * A signed-in user in good standing. Services that change data take one, so
 * the only way to call them is through requireUser() (or requireRole()).
 */
export type ActiveUser = CurrentUser & { readonly [checked]: true };

const ROLE_RANK: Record<Role, number> = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 };

/**
 * The user, if they may change data with at least `role` (admin > moderator >
 * member); otherwise an AppError with a stable code.
 */
export function authorize(user: CurrentUser | null, now: Date, role: Role = "MEMBER"): ActiveUser {
  if (!user) throw new AppError("unauthorized", "Sign in first.");
  const standing = accountStanding(user, now);
  // The reason a moderator gave is the user's to read, so it is part of the message.
  const because = user.suspensionReason ? ` Reason: ${user.suspensionReason}` : "";
  // Details repeat the end and the reason, so a client can show its own notice right away.
  const reason = user.suspensionReason ? { reason: user.suspensionReason } : undefined;
  if (standing.status === "banned") throw new AppError("account_banned", `This account is banned.${because}`, undefined, reason);
  if (standing.status === "suspended") {
    const until = standing.until ? ` until ${standing.until.toISOString()}` : "";
    const details = standing.until ? { suspendedUntil: standing.until.toISOString(), ...reason } : reason;
    throw new AppError("account_suspended", `This account is suspended${until}.${because}`, undefined, details);
  }
  if (ROLE_RANK[user.role] < ROLE_RANK[role]) throw new AppError("forbidden", "Your role does not allow this.");
  return user as ActiveUser;
}
