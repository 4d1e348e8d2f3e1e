import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/auth/avatar";
import { enabledProviders } from "@/components/auth/provider-names";
import { SignInButtons } from "@/components/auth/sign-in-buttons";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { HeaderMenu } from "@/components/layout/header-menu";

const PANEL = "absolute right-0 z-50 mt-2 w-72 rounded-xl border border-black/10 bg-white p-4 shadow-lg";
const SUMMARY =
  "flex cursor-pointer list-none items-center gap-2 rounded-full border border-black/10 px-3 py-1 text-ink transition hover:border-black/30 focus-visible:outline-2 focus-visible:outline-accent [&::-webkit-details-marker]:hidden";

/** The header's sign-in menu (signed out) or avatar menu (signed in). */
export async function UserMenu() {
  const [user, providers, t, tModeration] = await Promise.all([
    getCurrentUser(),
    enabledProviders(),
    getTranslations("auth"),
    getTranslations("moderation.nav"),
  ]);
  if (!user) {
    if (providers.length === 0) return null;
    return (
      <HeaderMenu testId="header-sign-in">
        <summary className={SUMMARY}>{t("signIn")}</summary>
        <div className={PANEL}>
          <p className="mb-3 text-sm font-semibold">{t("signInToDiscuss")}</p>
          <SignInButtons
            providers={providers.map(({ id, name }) => ({ id, label: t("signInWith", { provider: name }) }))}
            returnTo="/"
            followLocation
          />
        </div>
      </HeaderMenu>
    );
  }
  const name = user.name ?? t("anonymous");
  const tNotes = await getTranslations("highlights.notes");
  return (
    <HeaderMenu testId="user-menu">
      <summary className={SUMMARY} aria-label={t("menu")}>
        <Avatar name={name} image={user.image} size={24} />
        <span className="hidden max-w-32 truncate sm:inline">{name}</span>
      </summary>
      <div className={PANEL}>
        <p className="text-sm text-muted">{t("signedInAs", { name })}</p>
        <Link href="/me/notes" className="mt-3 block text-sm text-accent underline underline-offset-4" data-testid="my-notes-link">
          {tNotes("menu")}
        </Link>
        {user.role !== "MEMBER" && (
          <Link href="/moderation" className="mt-3 block text-sm text-accent underline underline-offset-4" data-testid="moderation-link">
            {tModeration("menuLink")}
          </Link>
        )}
        <div className="mt-3 flex items-center justify-between gap-3">
          <Link href="/account" className="text-sm text-accent underline underline-offset-4">
            {t("account")}
          </Link>
          <SignOutButton label={t("signOut")} returnTo="/" followLocation />
        </div>
      </div>
    </HeaderMenu>
  );
}
