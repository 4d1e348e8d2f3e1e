"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { unlinkAccountAction, type UnlinkState } from "@/app/account/actions";

export type ListedMethod = { provider: string; providerAccountId: string; name: string; linkedOn: string };

/** The linked identities, each with an unlink button while another one remains. */
export function SignInMethods({ methods }: { methods: ListedMethod[] }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<UnlinkState, FormData>(unlinkAccountAction, { status: "idle" });
  const lastOne = methods.length <= 1;
  return (
    <div>
      <ul className="divide-y divide-black/10 rounded-xl border border-black/10 bg-white" data-testid="sign-in-methods">
        {methods.map((method) => (
          <li key={`${method.provider}:${method.providerAccountId}`} className="flex items-center justify-between gap-3 px-4 py-3" data-provider={method.provider}>
            <div>
              <p className="font-medium">{method.name}</p>
              <p className="text-sm text-muted">{t("linkedOn", { date: method.linkedOn })}</p>
            </div>
            <form action={formAction}>
              <input type="hidden" name="provider" value={method.provider} />
              <input type="hidden" name="providerAccountId" value={method.providerAccountId} />
              <button
                type="submit"
                disabled={pending || lastOne}
                aria-label={t("unlinkProvider", { provider: method.name })}
                className="rounded-full border border-black/15 px-3 py-1 text-sm transition hover:border-black/40 disabled:cursor-not-allowed disabled:opacity-50"
              >
                {t("unlink")}
              </button>
            </form>
          </li>
        ))}
      </ul>
      {lastOne && <p className="mt-2 text-sm text-muted">{t("keepOne")}</p>}
      <div aria-live="polite" className="mt-2 min-h-5 text-sm">
        {state.status === "unlinked" && <p className="text-green-800">{t("unlinked")}</p>}
        {state.status === "error" && <p className="text-red-700">{t(`errors.${state.error}`)}</p>}
      </div>
    </div>
  );
}
