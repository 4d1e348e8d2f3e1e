import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { enabledProviders } from "@/components/auth/provider-names";
import { SignInButtons } from "@/components/auth/sign-in-buttons";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { safeReturnPath } from "@/lib/auth/callback-url";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const dynamic = "force-dynamic";

// Error types Auth.js sends here (?error=Type) that have their own message.
const KNOWN_ERRORS = ["OAuthAccountNotLinked", "OAuthCallbackError", "AccessDenied", "MissingCSRF", "Verification", "Configuration"] as const;
type KnownError = (typeof KNOWN_ERRORS)[number];
const isKnownError = (value: string): value is KnownError => (KNOWN_ERRORS as readonly string[]).includes(value);

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

/** Auth.js's sign-in and error page. */
export default async function SignInPage({ searchParams }: PageProps) {
  const params = await searchParams;
  const returnTo = safeReturnPath(first(params.callbackUrl));
  const error = first(params.error);
  const [user, providers, t] = await Promise.all([getCurrentUser(), enabledProviders(), getTranslations("auth")]);
  const message = error === undefined ? null : t(`errors.${isKnownError(error) ? error : "default"}`);
  return (
    <div className="mx-auto max-w-md px-5 py-12">
      <h1 className="font-serif text-2xl font-bold">{t("signInTitle")}</h1>
      {message && (
        <p role="alert" data-testid="sign-in-error" className="mt-4 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {message}
        </p>
      )}
      {user ? (
        <p className="mt-6">
          {t("alreadySignedIn")}{" "}
          <Link href={error ? "/account" : returnTo} className="text-accent underline underline-offset-4">
            {error ? t("backToAccount") : t("continue")}
          </Link>
        </p>
      ) : providers.length === 0 ? (
        <p className="mt-6 text-muted">{t("noProviders")}</p>
      ) : (
        <div className="mt-6">
          <p className="mb-4 text-muted">{t("signInLead")}</p>
          <SignInButtons providers={providers.map(({ id, name }) => ({ id, label: t("signInWith", { provider: name }) }))} returnTo={returnTo} />
        </div>
      )}
    </div>
  );
}
