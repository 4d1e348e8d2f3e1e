import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isConfiguredAdminEmail } from "@/lib/auth/admin-emails";
import { assignRole } from "@/lib/moderation/user-role";

/**
 * At sign-in: makes the user an admin when the provider's address is one
 * ADMIN_EMAILS names, recorded in the audit log as the system's act. Nothing
 * happens (and nothing is written) for everyone else or an admin already.
 */
export async function promoteConfiguredAdmin(
  db: PrismaClient,
  options: { userId: string; email: string | null | undefined; emailVerified?: boolean | null; adminEmails: readonly string[] },
): Promise<boolean> {
  if (!isConfiguredAdminEmail(options, options.adminEmails)) return false;
  const { changed } = await assignRole(db, { actor: { system: "system" }, userId: options.userId, role: "ADMIN", reason: "ADMIN_EMAILS" });
  return changed;
}
