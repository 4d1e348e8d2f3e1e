"use client";

import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { reportCommentAction } from "@/app/actions/report-comment";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import { hasReported } from "@/components/discussion/reported-lookup";
import { REPORT_REASONS } from "@/components/moderation/report-reasons";
import { MAX_REPORT_DETAILS, type ReportReason } from "@/lib/api/moderation-schemas";
import { ModalDialog } from "@/components/ui/modal-dialog";

const ACTION =
  "rounded-full px-1.5 py-0.5 text-muted transition-colors hover:text-ink focus-visible:outline-2 focus-visible:outline-accent";

type Problem = { kind: "reason" } | { kind: "details"; tooLong: boolean } | { kind: "error"; key: ModerationErrorKey };

function ReportForm({ commentId, onReported, onCancel }: { commentId: string; onReported: () => void; onCancel: () => void }) {
  const t = useTranslations("moderation.report");
  const tErrors = useTranslations("moderation.errors");
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [details, setDetails] = useState("");
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = () => {
    if (!reason) return setProblem({ kind: "reason" });
    if (reason === "OTHER" && details.trim() === "") return setProblem({ kind: "details", tooLong: false });
    setProblem(null);
    startTransition(async () => {
      const result = await reportCommentAction({ commentId, reason, details });
      if (result.ok) return onReported();
      // A second report (from another tab, say) is refused: the reader has reported it already.
      if (result.error === "already_reported") return onReported();
      const detailsProblem = result.fields?.details?.[0];
      setProblem(detailsProblem ? { kind: "details", tooLong: detailsProblem === "too_long" } : { kind: "error", key: result.error });
    });
  };

  const message = (shown: Problem): string => {
    if (shown.kind === "reason") return t("reasonRequired");
    if (shown.kind === "details") return shown.tooLong ? t("detailsTooLong", { max: MAX_REPORT_DETAILS }) : t("detailsMissing");
    return tErrors(shown.key);
  };
  const detailsId = `report-details-${commentId}`;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      className="space-y-3 text-sm"
    >
      <fieldset>
        <legend className="mb-2 text-muted">{t("reasonLegend")}</legend>
        <div className="space-y-1.5">
          {REPORT_REASONS.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="reason"
                value={value}
                checked={reason === value}
                onChange={() => {
                  setReason(value);
                  setProblem(null);
                }}
                className="accent-accent"
              />
              {t(`reasons.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={detailsId} className="block text-muted">
          {reason === "OTHER" ? t("detailsRequired") : t("detailsOptional")}
        </label>
        <textarea
          id={detailsId}
          value={details}
          onChange={(event) => setDetails(event.target.value)}
          // A soft limit for typing; the server counts code points, not UTF-16 units.
          maxLength={MAX_REPORT_DETAILS * 2}
          rows={3}
          aria-invalid={problem?.kind === "details"}
          className="mt-1 w-full rounded-lg border border-black/20 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent"
        />
      </div>
      <p role="alert" className="text-red-700 empty:hidden" data-testid="report-error">
        {problem && message(problem)}
      </p>
      <div className="flex justify-end gap-2">
        <button type="button" onClick={onCancel} className="rounded-full px-3 py-1.5 text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent">
          {t("cancel")}
        </button>
        <button type="submit" disabled={pending} className="rounded-full bg-ink px-4 py-1.5 text-paper disabled:opacity-60">
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}

/** 举报 on someone else's comment: a reason (and words for "other"), once; 已举报 afterwards. */
export function ReportButton({ commentId }: { commentId: string }) {
  const t = useTranslations("moderation.report");
  const [open, setOpen] = useState(false);
  const [reported, setReported] = useState(false);
  useEffect(() => {
    let current = true;
    void hasReported(commentId).then((answer) => {
      if (current && answer) setReported(true);
    });
    return () => {
      current = false;
    };
  }, [commentId]);
  if (reported) {
    return (
      <span className="px-1.5 py-0.5 text-muted" data-testid="reported">
        {t("reported")}
      </span>
    );
  }
  return (
    <>
      <button type="button" className={ACTION} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("action")}
      </button>
      {open && (
        <ModalDialog title={t("title")} onClose={() => setOpen(false)} testId="report-dialog">
          <ReportForm
            commentId={commentId}
            onReported={() => {
              setOpen(false);
              setReported(true);
            }}
            onCancel={() => setOpen(false)}
          />
        </ModalDialog>
      )}
    </>
  );
}
