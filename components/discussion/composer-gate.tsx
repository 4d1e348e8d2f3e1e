"use client";

import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";

/**
 * Who may write here: signed-out readers get the sign-in prompt instead of the
 * composer, suspended or banned ones are told why they cannot post (and until
 * when), at once when a post of theirs was just refused for it; the draft
 * stays stored for when they may post again. `withIdentity` also shows the sign-in panel's "signed in as" line.
 */
export function ComposerGate({ children, withIdentity = false }: { children: ReactNode; withIdentity?: boolean }) {
  const { viewer, signInPrompt, postingRefused } = useRequiredDiscussion();
  const t = useTranslations("discussion.standing");
  const tStanding = useTranslations("moderation.standing");
  const format = useFormatter();
  if (!viewer) return <>{signInPrompt}</>;
  const identity = withIdentity ? <div className="mb-3">{signInPrompt}</div> : null;
  const { standing } = viewer;
  if (standing.status === "active") {
    return (
      <>
        {identity}
        {children}
      </>
    );
  }
  const text =
    standing.status === "banned"
      ? t("banned")
      : standing.until
        ? t("suspended", { until: format.dateTime(new Date(standing.until), { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit" }) })
        : t("suspendedIndefinitely");
  return (
    <>
      {identity}
      <div role="status" className="rounded-lg border border-amber-300/70 bg-amber-50 px-4 py-3 text-sm leading-6 text-amber-950" data-testid="posting-blocked">
        <p>{text}</p>
        {standing.reason && <p data-testid="posting-blocked-reason">{tStanding("reason", { reason: standing.reason })}</p>}
        {postingRefused && <p data-testid="posting-blocked-draft">{t("draftKept")}</p>}
      </div>
    </>
  );
}
