"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="mx-auto max-w-xl px-5 py-20 text-center">
      <h1 className="font-serif text-2xl font-bold">{t("errorTitle")}</h1>
      <p className="mt-3 text-muted">{t("errorBody")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-full bg-ink px-5 py-2 text-paper">
        {t("retry")}
      </button>
    </div>
  );
}
