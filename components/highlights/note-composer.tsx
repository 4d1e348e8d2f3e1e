"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { checkCommentBody } from "@/lib/discussion/comment-body";
import { ApiError } from "@/components/discussion/api-client";
import { ComposerField } from "@/components/discussion/composer-field";
import { useSubmission } from "@/components/discussion/use-submission";
import type { HighlightVisibility } from "@/components/highlights/highlight-visibility";
import { useHighlightError } from "@/components/highlights/use-highlight-error";

/**
 * Writes or edits a highlight's note, in the discussion's composer (IME-safe
 * Ctrl/Cmd+Enter, code-point counter). A new note also chooses whether it is
 * public: a public note is a discussion other readers can join.
 */
export function NoteComposer({
  initialBody = "",
  initialVisibility,
  onSubmit,
  onCancel,
}: {
  initialBody?: string;
  /** Given for a new note: the reader picks its visibility here. */
  initialVisibility?: HighlightVisibility;
  onSubmit: (body: string, visibility: HighlightVisibility | undefined) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useTranslations("highlights.note");
  const [body, setBody] = useState(initialBody);
  const [visibility, setVisibility] = useState(initialVisibility);
  const submission = useSubmission();
  const message = useHighlightError();
  const publicId = useId();

  const submit = () =>
    submission.run(async () => {
      const checked = checkCommentBody(body);
      if (!checked.ok) throw new ApiError(checked.error, "", 0);
      await onSubmit(checked.body, visibility);
    });

  return (
    <div className="w-[min(24rem,calc(100vw-2rem))] space-y-2 p-3">
      <ComposerField
        label={initialBody ? t("editLabel") : t("label")}
        placeholder={t("placeholder")}
        value={body}
        onChange={(next) => {
          setBody(next);
          if (submission.error) submission.clearError();
        }}
        onSubmit={submit}
        pending={submission.pending}
        error={submission.error ? message(submission.error) : null}
        submitLabel={t("save")}
        pendingLabel={t("saving")}
        onCancel={onCancel}
        participants={[]}
        autoFocus
      />
      {visibility !== undefined && (
        <label htmlFor={publicId} className="flex items-center gap-2 text-sm text-muted">
          <input
            id={publicId}
            type="checkbox"
            checked={visibility === "public"}
            onChange={(event) => setVisibility(event.target.checked ? "public" : "private")}
            className="size-4 accent-[var(--color-accent)]"
          />
          {t("public")}
        </label>
      )}
    </div>
  );
}
