import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { enabledProviders } from "@/components/auth/provider-names";
import { SignInButtons } from "@/components/auth/sign-in-buttons";
import { getCurrentUser } from "@/lib/accounts/get-current-user";

/**
 * Where the seed page's phone-binding comment box stood: signed-out readers get
 * one button per provider and come back to this spot after signing in.
 */
export async function SignInPanel({ returnTo }: { returnTo: string }) {
  const [user, providers, t] = await Promise.all([getCurrentUser(), enabledProviders(), getTranslations("auth")]);
  if (user) {
    return (
      <p className="text-sm text-muted" data-testid="discussion-signed-in">
        {t("signedInAs", { name: user.name ?? t("anonymous") })} ·{" "}
        <Link href="/account" className="text-accent underline underline-offset-4">
          {t("account")}
        </Link>
      </p>
    );
  }
  return (
    <div className="rounded-xl border border-black/10 bg-white/60 p-5" data-testid="sign-in-panel">
      <p className="font-semibold">{t("signInToDiscuss")}</p>
      {providers.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("noProviders")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{t("signInLead")}</p>
          <div className="mt-4">
            <SignInButtons
              providers={providers.map(({ id, name }) => ({ id, label: t("signInWith", { provider: name }) }))}
              returnTo={returnTo}
              followLocation
              fallbackHash="#discussion"
            />
          </div>
        </>
      )}
    </div>
  );
}
