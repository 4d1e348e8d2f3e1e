/**
 * Whether a provider's e-mail address is one ADMIN_EMAILS names (compared
 * case-insensitively, as providers differ in how they spell addresses). An
 * address the provider says it has not verified never counts.
 */
export function isConfiguredAdminEmail(
  identity: { email: string | null | undefined; emailVerified?: boolean | null },
  adminEmails: readonly string[],
): boolean {
  if (!identity.email || identity.emailVerified === false) return false;
  return adminEmails.includes(identity.email.trim().toLowerCase());
}
