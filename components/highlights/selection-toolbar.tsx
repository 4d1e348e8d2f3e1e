"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { documentText } from "@/lib/anchoring/document-text";
import { createSelectors } from "@/lib/anchoring/selectors";
import type { HighlightSelectors } from "@/lib/anchoring/types";
import { useSubmission } from "@/components/discussion/use-submission";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { FloatingPanel } from "@/components/highlights/floating-panel";
import { useHighlights } from "@/components/highlights/highlight-provider";
import { NoteComposer } from "@/components/highlights/note-composer";
import type { Span } from "@/components/highlights/paint-layers";
import { passageHref } from "@/lib/highlights/passage-link";
import { articleRoot, articleSelection, pageBlocks, spanRect } from "@/components/highlights/page-text";
import { useHighlightError } from "@/components/highlights/use-highlight-error";

type Mode = "tools" | "note" | "sign-in" | "copied" | "copy-failed";

const BUTTON =
  "inline-flex min-h-9 items-center whitespace-nowrap rounded-lg px-3 text-sm font-medium text-ink transition-colors hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60";

function selectorsOf(span: Span): HighlightSelectors | null {
  const root = articleRoot();
  return root ? createSelectors(documentText(pageBlocks(root)), span.start, span.end) : null;
}

/** Copies `text`; false when the browser refuses (no permission, insecure page). */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Follows the reader's selection in the article (mouse, touch or keyboard),
 * settled: nothing while a pointer is still dragging. On touch screens the
 * panel goes below the passage, out of the way of the browser's own menu.
 */
function useArticleSelection(frozen: boolean) {
  const [span, setSpan] = useState<Span | null>(null);
  const [touch, setTouch] = useState(false);
  const frozenRef = useRef(frozen);
  useEffect(() => {
    frozenRef.current = frozen;
  }, [frozen]);

  useEffect(() => {
    let dragging = false;
    let frame = 0;
    const read = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (dragging || frozenRef.current) return;
        const root = articleRoot();
        const selected = root ? articleSelection(root) : null;
        setSpan((current) => (selected ? (current?.start === selected.start && current.end === selected.end ? current : { start: selected.start, end: selected.end }) : null));
      });
    };
    const onDown = (event: PointerEvent) => {
      dragging = true;
      setTouch(event.pointerType === "touch" || event.pointerType === "pen");
    };
    const onUp = () => {
      dragging = false;
      read();
    };
    document.addEventListener("selectionchange", read);
    document.addEventListener("pointerdown", onDown, true);
    document.addEventListener("pointerup", onUp, true);
    document.addEventListener("pointercancel", onUp, true);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("selectionchange", read);
      document.removeEventListener("pointerdown", onDown, true);
      document.removeEventListener("pointerup", onUp, true);
      document.removeEventListener("pointercancel", onUp, true);
    };
  }, []);
  return { span, touch, clear: () => setSpan(null) };
}

/**
 * The toolbar over selected article text: 划线, 批注 (a highlight with a
 * note) and 复制引用链接 (any passage, saved or not). Keyboard readers reach
 * it with Tab right after selecting; Escape closes it. Signed-out readers are
 * offered sign-in, coming back to the same passage.
 */
export function SelectionToolbar() {
  const t = useTranslations("highlights.toolbar");
  const { viewer, signInPrompt, slug } = useRequiredDiscussion();
  const { create } = useHighlights();
  // What the toolbar shows, for the selection it was chosen on: a new selection starts over with the tools.
  const [chosen, setChosen] = useState<{ key: string | null; mode: Mode }>({ key: null, mode: "tools" });
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [link, setLink] = useState("");
  // While a note is written or sign-in offered, the selection may go (focus moves): the passage stays.
  const { span, touch, clear } = useArticleSelection(chosen.mode !== "tools");
  const submission = useSubmission();
  const message = useHighlightError();
  const toolbar = useRef<HTMLDivElement>(null);
  const key = span ? `${span.start}-${span.end}` : null;
  const mode: Mode = chosen.key === key ? chosen.mode : "tools";
  const open = span !== null && key !== dismissed;
  const setMode = useCallback((next: Mode) => setChosen({ key, mode: next }), [key]);
  const { clearError } = submission;

  const close = useCallback(() => {
    setDismissed(key);
    setChosen({ key: null, mode: "tools" });
    clearError();
  }, [key, clearError]);

  // Tab right after selecting moves into the toolbar; Escape closes it.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const inside = toolbar.current?.contains(document.activeElement) ?? false;
      if (inside || event.defaultPrevented) return;
      if (event.key === "Escape") {
        event.preventDefault();
        close();
      } else if (event.key === "Tab" && !event.shiftKey && mode === "tools") {
        const first = toolbar.current?.querySelector<HTMLElement>("button");
        if (!first) return;
        event.preventDefault();
        first.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, [open, mode, close]);

  const finish = (text: string) => {
    document.getSelection()?.removeAllRanges();
    clear();
    setChosen({ key: null, mode: "tools" });
    setAnnouncement(text);
  };

  const askToSignIn = (selectors: HighlightSelectors) => {
    // Sign-in comes back to the current URL: make it the passage's link.
    window.history.replaceState(window.history.state, "", passageHref(slug, selectors));
    setMode("sign-in");
  };

  const highlight = () => {
    const selectors = span && selectorsOf(span);
    if (!selectors) return;
    if (!viewer) return askToSignIn(selectors);
    void submission.run(async () => {
      await create(selectors, { visibility: "private", idempotencyKey: crypto.randomUUID() });
      finish(t("highlighted"));
    });
  };

  const annotate = () => {
    const selectors = span && selectorsOf(span);
    if (!selectors) return;
    if (!viewer) return askToSignIn(selectors);
    setMode("note");
  };

  const copyLink = async () => {
    const selectors = span && selectorsOf(span);
    if (!selectors) return;
    const url = new URL(passageHref(slug, selectors), window.location.origin).toString();
    setLink(url);
    const copied = await copyText(url);
    setMode(copied ? "copied" : "copy-failed");
    if (copied) setAnnouncement(t("copied"));
  };

  const target = () => {
    const root = articleRoot();
    return root && span ? spanRect(root, span) : null;
  };

  return (
    <>
      {/* Always mounted, so screen readers announce what changed. */}
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {open && span && (
        <FloatingPanel
          target={target}
          prefer={touch ? "below" : "above"}
          onEscape={close}
          label={mode === "note" ? t("noteLabel") : t("label")}
          role={mode === "tools" || mode === "copied" ? "toolbar" : "dialog"}
          testId="selection-toolbar"
        >
          <div ref={toolbar}>
            {mode === "note" && (
              <NoteComposer
                initialVisibility="private"
                onCancel={close}
                onSubmit={async (body, visibility) => {
                  const selectors = selectorsOf(span);
                  if (!selectors) return;
                  await create(selectors, { visibility: visibility ?? "private", note: body, idempotencyKey: crypto.randomUUID() });
                  finish(t("annotated"));
                }}
              />
            )}
            {mode === "sign-in" && (
              <div className="w-[min(22rem,calc(100vw-2rem))] p-3" data-testid="highlight-sign-in">
                <p className="mb-2 text-sm text-muted">{t("signInFirst")}</p>
                {signInPrompt}
              </div>
            )}
            {mode === "copy-failed" && (
              <div className="w-[min(22rem,calc(100vw-2rem))] space-y-1 p-3">
                <label className="block text-sm text-muted">
                  {t("copyFailed")}
                  <input readOnly value={link} onFocus={(event) => event.currentTarget.select()} autoFocus className="mt-1 block w-full rounded border border-black/15 px-2 py-1 text-sm text-ink" />
                </label>
              </div>
            )}
            {(mode === "tools" || mode === "copied") && (
              // mousedown would take the selection away before the click.
              <div className="flex items-center gap-0.5 p-1" onMouseDown={(event) => event.preventDefault()}>
                <button type="button" className={BUTTON} onClick={highlight} disabled={submission.pending}>
                  {t("highlight")}
                </button>
                <button type="button" className={BUTTON} onClick={annotate} disabled={submission.pending}>
                  {t("note")}
                </button>
                <button type="button" className={BUTTON} onClick={copyLink}>
                  {mode === "copied" ? t("copied") : t("copyLink")}
                </button>
              </div>
            )}
            {submission.error && (
              <p role="alert" className="px-3 pb-2 text-sm text-red-700">
                {message(submission.error)}
              </p>
            )}
          </div>
        </FloatingPanel>
      )}
    </>
  );
}
