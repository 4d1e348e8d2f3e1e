"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { MAX_MODERATION_REASON } from "@/lib/api/moderation-schemas";
import { ModalDialog } from "@/components/ui/modal-dialog";

/** Asks why before rejecting: the author sees the reason, nobody else does. */
export function RejectDialog({
  count,
  pending,
  error,
  onReject,
  onClose,
}: {
  count: number;
  pending: boolean;
  error: string | null;
  onReject: (reason: string) => void;
  onClose: () => void;
}) {
  const t = useTranslations("moderation.reject");
  const [reason, setReason] = useState("");
  const [missing, setMissing] = useState(false);
  return (
    <ModalDialog title={t("title", { count })} onClose={onClose} testId="reject-dialog">
      <form
        noValidate
        className="space-y-3 text-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (reason.trim() === "") return setMissing(true);
          onReject(reason);
        }}
      >
        <label htmlFor="reject-reason" className="block text-muted">
          {t("reasonLabel")}
        </label>
        <textarea
          id="reject-reason"
          autoFocus
          rows={3}
          value={reason}
          // A soft limit for typing; the server counts code points.
          maxLength={MAX_MODERATION_REASON * 2}
          aria-invalid={missing}
          onChange={(event) => {
            setReason(event.target.value);
            setMissing(false);
          }}
          className="w-full rounded-lg border border-black/20 bg-white px-3 py-2 focus-visible:outline-2 focus-visible:outline-accent"
        />
        <p role="alert" className="text-red-700 empty:hidden">
          {missing ? t("reasonRequired") : error}
        </p>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className="rounded-full px-3 py-1.5 text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent">
            {t("cancel")}
          </button>
          <button type="submit" disabled={pending} className="rounded-full bg-red-700 px-4 py-1.5 text-white disabled:opacity-60">
            {t("submit")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
