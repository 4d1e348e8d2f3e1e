"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** The inline "删除这条评论?" question; Escape or 取消 backs out without closing the panel. */
export function DeleteConfirm({ pending, onConfirm, onCancel }: { pending: boolean; onConfirm: () => void; onCancel: () => void }) {
  const t = useTranslations("discussion.comment");
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <span
      role="group"
      aria-label={t("confirmDelete")}
      className="inline-flex flex-wrap items-center gap-2 rounded-full bg-red-50 px-2 py-0.5 text-red-900"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        event.stopPropagation();
        onCancel();
      }}
    >
      <span>{t("confirmDelete")}</span>
      <button
        ref={confirm}
        type="button"
        disabled={pending}
        onClick={onConfirm}
        className="rounded-full bg-red-700 px-2.5 py-0.5 font-medium text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 disabled:opacity-60"
      >
        {t("confirmDeleteYes")}
      </button>
      <button type="button" onClick={onCancel} className="rounded-full px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-accent">
        {t("cancel")}
      </button>
    </span>
  );
}
