"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { useSubmission } from "@/components/discussion/use-submission";
import { FloatingPanel } from "@/components/highlights/floating-panel";
import { useHighlights } from "@/components/highlights/highlight-provider";
import type { HighlightDto } from "@/lib/api/highlight-schemas";
import { NoteComposer } from "@/components/highlights/note-composer";
import { noteThreadKey } from "@/components/discussion/note-thread-key";
import { highlightHref } from "@/lib/highlights/passage-link";
import { articleRoot, spanRect } from "@/components/highlights/page-text";
import { useHighlightError } from "@/components/highlights/use-highlight-error";

const BUTTON =
  "inline-flex min-h-9 items-center whitespace-nowrap rounded-lg px-2.5 text-sm text-ink transition-colors hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60";

/**
 * What the reader can do with one of their highlights, opened by clicking it
 * (or from the page's highlight list): make it public or private, write or
 * edit its note, open the note's discussion, copy a link, delete it.
 */
export function HighlightPopover({ highlight, onClose }: { highlight: HighlightDto; onClose: () => void }) {
  const t = useTranslations("highlights.popover");
  const { update, remove } = useHighlights();
  const { openThread } = useRequiredDiscussion();
  const [mode, setMode] = useState<"menu" | "note" | "confirm-delete" | "copied">("menu");
  const submission = useSubmission();
  const message = useHighlightError();
  const content = useRef<HTMLDivElement>(null);
  const isPublic = highlight.visibility === "public";

  // Focus moves into the popover; a click elsewhere closes it.
  useEffect(() => {
    content.current?.querySelector<HTMLElement>("button")?.focus();
    const onDown = (event: PointerEvent) => {
      if (!content.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener("pointerdown", onDown, true);
    return () => document.removeEventListener("pointerdown", onDown, true);
  }, [onClose]);

  const target = () => {
    const root = articleRoot();
    return root ? spanRect(root, highlight) : null;
  };

  const run = (task: () => Promise<void>) => void submission.run(task);

  return (
    <FloatingPanel target={target} prefer="below" onEscape={onClose} label={t("label")} role="dialog" testId="highlight-popover">
      <div ref={content}>
        {mode === "note" ? (
          <NoteComposer
            initialBody={highlight.note?.body ?? ""}
            onCancel={() => setMode("menu")}
            onSubmit={async (body) => {
              await update(highlight.id, { note: body });
              setMode("menu");
            }}
          />
        ) : (
          <div className="w-[min(20rem,calc(100vw-1rem))] p-2">
            <p className="line-clamp-2 px-1.5 pb-1.5 font-serif text-sm text-ink/70">{highlight.exact}</p>
            <p className="px-1.5 pb-1 text-xs text-muted" data-testid="highlight-visibility">
              {isPublic ? t("isPublic") : t("isPrivate")}
            </p>
            {mode === "confirm-delete" ? (
              <div role="group" aria-label={t("confirmDelete")} className="flex flex-wrap items-center gap-1 rounded-lg bg-red-50 p-1 text-red-900">
                <span className="px-1.5 text-sm">{t("confirmDelete")}</span>
                <button type="button" autoFocus className={`${BUTTON} text-red-800`} disabled={submission.pending} onClick={() => run(async () => {
                  await remove(highlight.id);
                  onClose();
                })}>
                  {t("deleteYes")}
                </button>
                <button type="button" className={BUTTON} onClick={() => setMode("menu")}>
                  {t("cancel")}
                </button>
              </div>
            ) : (
              <div className="flex flex-wrap gap-0.5">
                <button
                  type="button"
                  className={BUTTON}
                  disabled={submission.pending}
                  onClick={() => run(async () => void (await update(highlight.id, { visibility: isPublic ? "private" : "public" })))}
                >
                  {isPublic ? t("makePrivate") : t("makePublic")}
                </button>
                <button type="button" className={BUTTON} onClick={() => setMode("note")}>
                  {highlight.note ? t("editNote") : t("addNote")}
                </button>
                {highlight.note && (
                  <button
                    type="button"
                    className={BUTTON}
                    onClick={() => {
                      onClose();
                      openThread(noteThreadKey(highlight.id));
                    }}
                  >
                    {t("openThread", { count: highlight.replyCount })}
                  </button>
                )}
                <button
                  type="button"
                  className={BUTTON}
                  onClick={() =>
                    run(async () => {
                      await navigator.clipboard.writeText(new URL(highlightHref(highlight), window.location.origin).toString());
                      setMode("copied");
                    })
                  }
                >
                  {mode === "copied" ? t("copied") : t("copyLink")}
                </button>
                <button type="button" className={`${BUTTON} text-red-800`} onClick={() => setMode("confirm-delete")}>
                  {t("delete")}
                </button>
              </div>
            )}
            {submission.error && (
              <p role="alert" className="px-1.5 pt-1 text-sm text-red-700">
                {message(submission.error)}
              </p>
            )}
          </div>
        )}
      </div>
    </FloatingPanel>
  );
}
