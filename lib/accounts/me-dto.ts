import type { MeDto } from "@/lib/api/account-schemas";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import type { SignInMethod } from "@/lib/accounts/list-sign-in-methods";
import { accountStanding } from "@/lib/auth/account-standing";

/** GET /api/v1/me: the user as clients see them (lower-case role and status, providers without ids). */
export function toMeDto(user: CurrentUser, methods: readonly SignInMethod[], now: Date): MeDto {
  const standing = accountStanding(user, now);
  return {
    id: user.id,
    name: user.name,
    image: user.image,
    role: user.role === "ADMIN" ? "admin" : user.role === "MODERATOR" ? "moderator" : "member",
    status: standing.status,
    suspendedUntil: standing.status === "suspended" ? (standing.until?.toISOString() ?? null) : null,
    suspensionReason: standing.status === "active" ? null : (user.suspensionReason ?? null),
    accounts: [...new Set(methods.map((method) => method.provider))],
  };
}
