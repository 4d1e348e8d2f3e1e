"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeReturnPath } from "@/lib/auth/callback-url";
import { countSignInAttempt, tooManyAttemptsMessage } from "@/lib/auth/sign-in-attempts";
import { enabledProviderSettings } from "@/lib/auth/provider-settings";
import { env } from "@/lib/env";

export type SignInState = { error: string } | null;

const SignInInput = z.object({ provider: z.string(), callbackUrl: z.string().optional() });
const SignOutInput = z.object({ callbackUrl: z.string().optional() });

const field = (formData: FormData, name: string) => formData.get(name) ?? undefined;

/**
 * Starts sign-in (or, when signed in, linking) with an enabled provider; the
 * reader comes back to callbackUrl when it is a page of this site, else home.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = SignInInput.safeParse({ provider: field(formData, "provider"), callbackUrl: field(formData, "callbackUrl") });
  if (!parsed.success || !enabledProviderSettings(env).some((setting) => setting.id === parsed.data.provider)) {
    const t = await getTranslations("auth.errors");
    return { error: t("unknownProvider") };
  }
  const attempt = await countSignInAttempt("start", await headers());
  if (!attempt.allowed) return { error: await tooManyAttemptsMessage(attempt.retryAfterSeconds) };
  // Redirects to the provider (signIn throws Next's redirect), so nothing follows.
  await signIn(parsed.data.provider, { redirectTo: safeReturnPath(parsed.data.callbackUrl) });
  return null;
}

/** Ends the database session; anyone may sign themselves out, whatever their standing. */
export async function signOutAction(formData: FormData): Promise<void> {
  const parsed = SignOutInput.safeParse({ callbackUrl: field(formData, "callbackUrl") });
  await signOut({ redirectTo: safeReturnPath(parsed.success ? parsed.data.callbackUrl : undefined) });
}
