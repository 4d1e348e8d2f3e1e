import "server-only";
import NextAuth, { AuthError } from "next-auth";
import { createAuthAdapter } from "@/lib/auth/adapter";
import { sameSitePath } from "@/lib/auth/callback-url";
import { enabledProviderSettings } from "@/lib/auth/provider-settings";
import { buildProviders } from "@/lib/auth/providers";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { promoteConfiguredAdmin } from "@/lib/moderation/promote-configured-admin";

// Refusals the reader is told about on the sign-in page: a line in the log, not a stack trace.
const EXPECTED_REFUSALS = new Set(["OAuthAccountNotLinked", "AccessDenied", "OAuthCallbackError"]);

function logAuthError(error: Error) {
  if (error instanceof AuthError && EXPECTED_REFUSALS.has(error.type)) console.warn(`[auth] ${error.type}: ${error.message}`);
  else console.error("[auth]", error);
}

/** Our sign-in page; Auth.js also sends its errors there (?error=Type). */
export const SIGN_IN_PATH = "/sign-in";

// Configured lazily (per request) so that building the app needs no database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: createAuthAdapter(getDb()),
  providers: buildProviders(enabledProviderSettings(env)),
  // Database sessions: signing out deletes the row, and a session can be revoked server-side.
  session: { strategy: "database" },
  secret: env.AUTH_SECRET,
  // Behind a proxy, AUTH_URL (or AUTH_TRUST_HOST) says which host the browser used.
  trustHost: env.AUTH_TRUST_HOST || env.AUTH_URL !== undefined || env.NODE_ENV !== "production",
  pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
  logger: { error: logAuthError },
  events: {
    // The first admin comes from configuration: the provider's address is in ADMIN_EMAILS.
    signIn: async ({ user, profile }) => {
      if (!user.id || env.ADMIN_EMAILS.length === 0) return;
      await promoteConfiguredAdmin(getDb(), {
        userId: user.id,
        email: profile?.email ?? user.email,
        emailVerified: profile?.email_verified,
        adminEmails: env.ADMIN_EMAILS,
      });
    },
  },
  callbacks: {
    // Only pages of this site, never another origin.
    redirect: ({ url, baseUrl }) => `${baseUrl}${sameSitePath(url, baseUrl) ?? "/"}`,
    // What /api/auth/session and auth() return: never the session token itself.
    session: ({ session, user }) => ({
      expires: new Date(session.expires).toISOString(),
      user: {
        id: user.id,
        name: user.name ?? null,
        image: user.image ?? null,
        role: user.role,
        status: user.status,
        suspendedUntil: user.suspendedUntil?.toISOString() ?? null,
        suspensionReason: user.status === "ACTIVE" ? null : user.suspensionReason,
      },
    }),
  },
}));
