"use client";

import { useTranslations } from "next-intl";
import { ModalDialog } from "@/components/ui/modal-dialog";

const SHORTCUTS = [
  ["j", "next"],
  ["k", "previous"],
  ["x", "toggleSelect"],
  ["a", "approve"],
  ["r", "reject"],
  ["?", "help"],
] as const;

export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useTranslations("moderation.shortcuts");
  return (
    <ModalDialog title={t("title")} onClose={onClose} testId="shortcuts-help">
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2 text-sm">
        {SHORTCUTS.map(([key, command]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-black/20 bg-white px-1.5 py-0.5 font-mono text-xs">{key}</kbd>
            </dt>
            <dd>{t(command)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-muted">{t("note")}</p>
      <div className="mt-4 flex justify-end">
        <button type="button" autoFocus onClick={onClose} className="rounded-full bg-ink px-4 py-1.5 text-sm text-paper">
          {t("close")}
        </button>
      </div>
    </ModalDialog>
  );
}
