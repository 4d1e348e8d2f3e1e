"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateDisplayNameAction, type DisplayNameState } from "@/app/account/actions";
import { DISPLAY_NAME_MAX_LENGTH } from "@/lib/auth/display-name";

export function DisplayNameForm({ name }: { name: string }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<DisplayNameState, FormData>(updateDisplayNameAction, { status: "idle" });
  const problems = state.status === "error" ? (state.fields?.name ?? []) : [];
  return (
    <form action={formAction} className="space-y-2" noValidate>
      <label htmlFor="display-name" className="block font-semibold">
        {t("displayName")}
      </label>
      <p id="display-name-hint" className="text-sm text-muted">
        {t("displayNameHint")}
      </p>
      <div className="flex gap-2">
        <input
          id="display-name"
          name="name"
          defaultValue={state.status === "saved" ? state.name : name}
          // A soft limit for typing; the server counts code points, not UTF-16 units.
          maxLength={DISPLAY_NAME_MAX_LENGTH * 2}
          aria-invalid={problems.length > 0}
          aria-describedby="display-name-hint display-name-status"
          className="min-w-0 flex-1 rounded-lg border border-black/20 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent"
        />
        <button type="submit" disabled={pending} className="rounded-full bg-ink px-4 py-2 text-paper disabled:opacity-60">
          {t("save")}
        </button>
      </div>
      <div id="display-name-status" aria-live="polite" className="min-h-5 text-sm">
        {state.status === "saved" && <p className="text-green-800">{t("saved")}</p>}
        {state.status === "error" &&
          (problems.length > 0 ? (
            problems.map((problem) => (
              <p key={problem} className="text-red-700">
                {t(`nameErrors.${problem}`)}
              </p>
            ))
          ) : (
            <p className="text-red-700">{t(`errors.${state.error}`)}</p>
          ))}
      </div>
    </form>
  );
}
