"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setUserStandingAction } from "@/app/moderation/actions";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import { MAX_MODERATION_REASON, type StandingAction } from "@/lib/api/moderation-schemas";
import type { ModeratedUser } from "@/lib/moderation/moderated-user";
import { SUSPENSION_PERIODS, suspensionEnd, type SuspensionPeriod } from "@/components/moderation/suspension-period";

const FIELD = "w-full rounded-lg border border-black/20 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent";

type Problem = { field: "reason" | "until"; key: string } | { field: null; key: ModerationErrorKey };

/**
 * Suspend for a period (1, 7 or 30 days, or until a chosen time), ban, or
 * lift either; every change needs a reason, which the user sees.
 */
export function UserStandingForm({ user }: { user: Pick<ModeratedUser, "id" | "status"> }) {
  const t = useTranslations("moderation.user.standingForm");
  const tErrors = useTranslations("moderation.errors");
  const [period, setPeriod] = useState<SuspensionPeriod>("7d");
  const [custom, setCustom] = useState("");
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<StandingAction | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (action: StandingAction) => {
    setDone(null);
    let until: string | undefined;
    if (action === "suspend") {
      const end = suspensionEnd(period, custom || null, new Date());
      if (!end.ok) return setProblem({ field: "until", key: end.problem });
      until = end.until.toISOString();
    }
    if (action !== "lift" && reason.trim() === "") return setProblem({ field: "reason", key: "required" });
    setProblem(null);
    startTransition(async () => {
      const result = await setUserStandingAction({ userId: user.id, action, until, reason: reason || undefined });
      if (result.ok) {
        setDone(action);
        setReason("");
        return;
      }
      const reasonProblem = result.fields?.reason?.[0];
      if (reasonProblem) setProblem({ field: "reason", key: reasonProblem === "too_long" ? "too_long" : "required" });
      else if (result.fields?.until) setProblem({ field: "until", key: "past" });
      else setProblem({ field: null, key: result.error });
    });
  };

  const message = problem && (problem.field === null ? tErrors(problem.key) : t(`problems.${problem.field}.${problem.key}`, { max: MAX_MODERATION_REASON }));
  return (
    <form noValidate onSubmit={(event) => event.preventDefault()} className="space-y-4 text-sm" data-testid="standing-form">
      <fieldset>
        <legend className="font-medium">{t("period")}</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
          {SUSPENSION_PERIODS.map((value) => (
            <label key={value} className="flex items-center gap-1.5">
              <input type="radio" name="period" value={value} checked={period === value} onChange={() => setPeriod(value)} className="accent-accent" />
              {t(`periods.${value}`)}
            </label>
          ))}
        </div>
        {period === "custom" && (
          <label className="mt-2 block">
            <span className="text-muted">{t("customUntil")}</span>
            <input
              type="datetime-local"
              value={custom}
              onChange={(event) => setCustom(event.target.value)}
              aria-invalid={problem?.field === "until"}
              className={`${FIELD} mt-1 max-w-xs`}
            />
          </label>
        )}
      </fieldset>
      <label className="block">
        <span className="font-medium">{t("reason")}</span>
        <span className="block text-xs text-muted">{t("reasonHint")}</span>
        <textarea
          rows={3}
          value={reason}
          maxLength={MAX_MODERATION_REASON * 2}
          onChange={(event) => {
            setReason(event.target.value);
            if (problem?.field === "reason") setProblem(null);
          }}
          aria-invalid={problem?.field === "reason"}
          className={`${FIELD} mt-1`}
        />
      </label>
      <div aria-live="polite" className="min-h-5">
        {message && (
          <p role="alert" className="text-red-700">
            {message}
          </p>
        )}
        {done && (
          <p role="status" className="text-green-800" data-testid="standing-done">
            {t(`done.${done}`)}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={pending} onClick={() => submit("suspend")} className="rounded-full bg-amber-700 px-4 py-1.5 text-white disabled:opacity-60">
          {t("suspend")}
        </button>
        <button type="button" disabled={pending} onClick={() => submit("ban")} className="rounded-full bg-red-700 px-4 py-1.5 text-white disabled:opacity-60">
          {t("ban")}
        </button>
        {user.status !== "active" && (
          <button type="button" disabled={pending} onClick={() => submit("lift")} className="rounded-full border border-black/20 px-4 py-1.5 text-ink disabled:opacity-60">
            {t("lift")}
          </button>
        )}
      </div>
    </form>
  );
}
