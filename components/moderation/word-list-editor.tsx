"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { addWordEntriesAction, removeWordEntryAction } from "@/app/moderation/actions";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import type { AddWordsResult, WordEntryDto } from "@/lib/api/moderation-schemas";
import { splitTerms } from "@/components/moderation/split-terms";

type Outcome = { kind: "added"; added: number; rejected: AddWordsResult["rejected"] } | { kind: "error"; key: ModerationErrorKey } | null;

/**
 * One word list (blocked or suspect): the entries with a remove button each,
 * and a box that adds several at once. Terms the server refuses are listed
 * each with why, and stay in the box to be corrected; the rest are added.
 */
export function WordListEditor({ kind, entries }: { kind: WordEntryDto["kind"]; entries: WordEntryDto[] }) {
  const t = useTranslations("moderation.words");
  const tErrors = useTranslations("moderation.errors");
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const list = kind.toLowerCase() as "blocked" | "suspect";
  const boxId = `words-${list}`;

  const add = () => {
    const terms = splitTerms(text);
    if (terms.length === 0) return setOutcome({ kind: "error", key: "validation_failed" });
    startTransition(async () => {
      const result = await addWordEntriesAction({ kind, terms });
      if (!result.ok) return setOutcome({ kind: "error", key: result.error });
      setOutcome({ kind: "added", added: result.value.added.length, rejected: result.value.rejected });
      setText(result.value.rejected.map((item) => item.term).join("\n"));
    });
  };

  const remove = (id: string) =>
    startTransition(async () => {
      const result = await removeWordEntryAction({ id });
      setOutcome(result.ok ? null : { kind: "error", key: result.error });
    });

  return (
    <section aria-labelledby={`${boxId}-heading`} className="space-y-3" data-testid={`word-list-${list}`}>
      <div>
        <h3 id={`${boxId}-heading`} className="font-semibold">
          {t(`${list}.title`)}
        </h3>
        <p className="text-sm text-muted">{t(`${list}.lead`)}</p>
      </div>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{t("empty")}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {entries.map((entry) => (
            <li key={entry.id} className="inline-flex items-center gap-1 rounded-full border border-black/15 bg-white py-0.5 pl-3 pr-1 text-sm" data-testid="word-entry">
              <span>{entry.term}</span>
              <button
                type="button"
                disabled={pending}
                onClick={() => remove(entry.id)}
                aria-label={t("remove", { term: entry.term })}
                className="inline-flex size-6 items-center justify-center rounded-full text-muted hover:bg-black/5 hover:text-ink disabled:opacity-50"
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
        className="space-y-2"
      >
        <label htmlFor={boxId} className="block text-sm">
          {t("addLabel")}
        </label>
        <textarea
          id={boxId}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="w-full rounded-lg border border-black/20 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-accent"
        />
        <button type="submit" disabled={pending} className="rounded-full bg-ink px-4 py-1.5 text-sm text-paper disabled:opacity-60">
          {t("add")}
        </button>
      </form>
      <div aria-live="polite" className="text-sm">
        {outcome?.kind === "error" && <p className="text-red-700">{outcome.key === "validation_failed" ? t("nothingToAdd") : tErrors(outcome.key)}</p>}
        {outcome?.kind === "added" && (
          <>
            <p className="text-green-800">{t("added", { count: outcome.added })}</p>
            {outcome.rejected.length > 0 && (
              <ul className="mt-1 space-y-0.5 text-red-700" data-testid="word-rejections">
                {outcome.rejected.map((item) => (
                  <li key={item.term}>{t(`problems.${item.error}`, { term: item.term })}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
