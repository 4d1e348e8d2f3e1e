import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { DisplayNameForm } from "@/components/account/display-name-form";
import { SignInMethods } from "@/components/account/sign-in-methods";
import { Avatar } from "@/components/auth/avatar";
import { enabledProviders, providerName } from "@/components/auth/provider-names";
import { SignInButtons } from "@/components/auth/sign-in-buttons";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { listSignInMethods } from "@/lib/accounts/list-sign-in-methods";
import { accountStanding } from "@/lib/auth/account-standing";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title"), robots: { index: false } };
}

const SECTION = "mt-10 border-t border-black/10 pt-6";

export default async function AccountPage() {
  const [user, providers, t, tAuth, format] = await Promise.all([
    getCurrentUser(),
    enabledProviders(),
    getTranslations("account"),
    getTranslations("auth"),
    getFormatter(),
  ]);
  if (!user) {
    return (
      <div className="mx-auto max-w-xl px-5 py-12">
        <h1 className="font-serif text-2xl font-bold">{t("title")}</h1>
        <p className="mt-4 text-muted">{t("errors.unauthorized")}</p>
        <div className="mt-4">
          <SignInButtons providers={providers.map(({ id, name }) => ({ id, label: tAuth("signInWith", { provider: name }) }))} returnTo="/account" />
        </div>
      </div>
    );
  }

  const methods = await listSignInMethods({ userId: user.id });
  const linked = new Set(methods.map((method) => method.provider));
  const linkable = providers.filter((provider) => !linked.has(provider.id));
  const standing = accountStanding(user, new Date());
  const day = (date: Date) => format.dateTime(date, { year: "numeric", month: "long", day: "numeric" });
  const status =
    standing.status === "suspended"
      ? standing.until
        ? t("statuses.suspended", { until: format.dateTime(standing.until, { dateStyle: "medium", timeStyle: "short" }) })
        : t("statuses.suspendedIndefinitely")
      : t(`statuses.${standing.status}`);

  return (
    <div className="mx-auto max-w-xl px-5 py-12">
      <h1 className="font-serif text-2xl font-bold">{t("title")}</h1>

      <section aria-labelledby="profile-heading" className="mt-8">
        <h2 id="profile-heading" className="sr-only">
          {t("profile")}
        </h2>
        <div className="flex items-center gap-4">
          <Avatar name={user.name ?? tAuth("anonymous")} image={user.image} size={64} />
          <p className="text-sm text-muted">{t("avatarNote")}</p>
        </div>
        <div className="mt-6">
          <DisplayNameForm name={user.name ?? ""} />
        </div>
      </section>

      <section aria-labelledby="standing-heading" className={SECTION}>
        <h2 id="standing-heading" className="text-lg font-semibold">
          {t("standing")}
        </h2>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-muted">{t("role")}</dt>
          <dd data-testid="account-role">{t(`roles.${user.role}`)}</dd>
          <dt className="text-muted">{t("status")}</dt>
          <dd data-testid="account-status">{status}</dd>
        </dl>
      </section>

      <section aria-labelledby="methods-heading" className={SECTION}>
        <h2 id="methods-heading" className="text-lg font-semibold">
          {t("methods")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-muted">{t("methodsLead")}</p>
        <SignInMethods
          methods={methods.map((method) => ({
            provider: method.provider,
            providerAccountId: method.providerAccountId,
            name: providerName(providers, method.provider),
            linkedOn: day(method.linkedAt),
          }))}
        />
      </section>

      <section aria-labelledby="link-heading" className={SECTION}>
        <h2 id="link-heading" className="text-lg font-semibold">
          {t("linkTitle")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-muted">{t("linkLead")}</p>
        {linkable.length === 0 ? (
          <p className="text-sm text-muted">{t("allLinked")}</p>
        ) : (
          <SignInButtons providers={linkable.map(({ id, name }) => ({ id, label: t("linkWith", { provider: name }) }))} returnTo="/account" />
        )}
      </section>

      <div className={SECTION}>
        <SignOutButton label={tAuth("signOut")} returnTo="/" />
      </div>
    </div>
  );
}
