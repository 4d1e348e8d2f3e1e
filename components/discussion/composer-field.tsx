"use client";

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";
import { codePointLength } from "@/lib/text/code-points";
import { MentionList } from "@/components/discussion/mention-list";
import { activeMention, insertMention, matchParticipants, type MentionQuery } from "@/components/discussion/mention-query";
import { useSubmitShortcut } from "@/components/discussion/use-submit-shortcut";

export type Participant = { id: string; name: string; image: string | null };

type Mention = { query: MentionQuery; active: number };

/**
 * The textarea every composer uses: Enter is a newline, Ctrl/Cmd+Enter
 * submits (never while an IME composition is open), the counter counts code
 * points (an emoji is one), and "@" offers the thread's participants.
 */
export function ComposerField({
  label,
  value,
  onChange,
  onSubmit,
  pending,
  error,
  submitLabel,
  pendingLabel,
  onCancel,
  participants,
  autoFocus = false,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  pending: boolean;
  error: string | null;
  submitLabel: string;
  pendingLabel: string;
  onCancel?: () => void;
  participants: readonly Participant[];
  autoFocus?: boolean;
  placeholder?: string;
}) {
  const t = useTranslations("discussion.composer");
  const format = useFormatter();
  const id = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [mention, setMention] = useState<Mention | null>(null);
  const shortcut = useSubmitShortcut(onSubmit);

  const length = codePointLength(value);
  const tooLong = length > MAX_COMMENT_LENGTH;
  const options = mention ? matchParticipants(participants, mention.query.query) : [];
  const listOpen = options.length > 0;
  const activeIndex = mention ? Math.min(mention.active, options.length - 1) : 0;

  const trackMention = (element: HTMLTextAreaElement) => {
    const query = element.selectionStart === element.selectionEnd ? activeMention(element.value, element.selectionStart) : null;
    setMention((current) => (query ? { query, active: current?.query.start === query.start ? current.active : 0 } : null));
  };

  const pick = (name: string) => {
    const element = textarea.current;
    if (!element || !mention) return;
    const next = insertMention(element.value, element.selectionStart, mention.query, name);
    onChange(next.text);
    setMention(null);
    requestAnimationFrame(() => {
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys inside an IME composition choose candidates; they are not ours.
    const composing = event.nativeEvent.isComposing || event.keyCode === 229;
    if (listOpen && mention && !composing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const chosen = options[activeIndex];
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setMention({ ...mention, active: (activeIndex + step + options.length) % options.length });
        return;
      }
      if ((event.key === "Enter" || event.key === "Tab") && chosen) {
        event.preventDefault();
        pick(chosen.name);
        return;
      }
      if (event.key === "Escape") {
        // Closes the list only, not the panel around it.
        event.preventDefault();
        event.stopPropagation();
        setMention(null);
        return;
      }
    }
    shortcut.onKeyDown(event);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  const listId = `${id}-mentions`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form onSubmit={submit} className="relative" noValidate>
      <label htmlFor={`${id}-text`} className="sr-only">
        {label}
      </label>
      <div className="relative">
      <textarea
        id={`${id}-text`}
        ref={textarea}
        value={value}
        rows={3}
        autoFocus={autoFocus}
        readOnly={pending}
        placeholder={placeholder}
        aria-invalid={error !== null || tooLong}
        aria-describedby={`${hintId} ${errorId}`}
        aria-autocomplete="list"
        aria-controls={listOpen ? listId : undefined}
        aria-activedescendant={listOpen ? `${listId}-${activeIndex}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          trackMention(event.target);
        }}
        onSelect={(event) => trackMention(event.currentTarget)}
        onBlur={() => setMention(null)}
        onKeyDown={onKeyDown}
        onCompositionStart={shortcut.onCompositionStart}
        onCompositionEnd={shortcut.onCompositionEnd}
        className="block min-h-24 w-full resize-y rounded-lg border border-black/15 bg-white px-3 py-2 font-sans text-[0.95rem] leading-7 text-ink placeholder:text-muted/70 focus:border-accent/60 focus:outline-2 focus:outline-offset-0 focus:outline-accent/30 read-only:bg-black/[0.02] aria-[invalid=true]:border-red-700/60"
      />
      {listOpen && (
        <MentionList id={listId} options={options} activeIndex={activeIndex} onPick={pick} label={t("mentionList")} />
      )}
      </div>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-x-3 gap-y-2">
        <p id={hintId} className="text-xs text-muted tabular-nums">
          <span className={tooLong ? "font-semibold text-red-700" : undefined} data-testid="composer-counter">
            {t("counter", { count: format.number(length), max: format.number(MAX_COMMENT_LENGTH) })}
          </span>
          <span aria-hidden="true" className="hidden sm:inline">
            {" · "}
            {t("shortcutHint")}
          </span>
        </p>
        <div className="ml-auto flex items-center gap-2">
          {onCancel && (
            <button
              type="button"
              onClick={onCancel}
              className="rounded-full px-3 py-1.5 text-sm text-muted hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
            >
              {t("cancel")}
            </button>
          )}
          <button
            type="submit"
            disabled={pending}
            className="rounded-full bg-ink px-4 py-1.5 text-sm font-medium text-paper transition hover:bg-ink/85 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-progress disabled:opacity-60"
          >
            {pending ? pendingLabel : submitLabel}
          </button>
        </div>
      </div>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm text-red-700 empty:hidden" data-testid="composer-error">
        {error}
      </p>
    </form>
  );
}
