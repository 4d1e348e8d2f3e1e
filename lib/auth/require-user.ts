import "server-only";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { authorize, type ActiveUser } from "@/lib/auth/authorize";
import type { Role } from "@/lib/generated/prisma/enums";

export type { ActiveUser } from "@/lib/auth/authorize";

/** For every server action and route handler that changes data: signed in, neither suspended nor banned. */
export async function requireUser(): Promise<ActiveUser> {
  return authorize(await getCurrentUser(), new Date());
}

/** requireUser(), and the user's role is at least `role`. */
export async function requireRole(role: Role): Promise<ActiveUser> {
  return authorize(await getCurrentUser(), new Date(), role);
}
