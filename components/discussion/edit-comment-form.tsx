"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { CommentDto } from "@/lib/api/comment-schemas";
import { checkCommentBody } from "@/lib/discussion/comment-body";
import { ApiError } from "@/components/discussion/api-client";
import { ComposerField } from "@/components/discussion/composer-field";
import { useThreadActions } from "@/components/discussion/thread-actions";
import { useErrorMessage } from "@/components/discussion/use-error-message";
import { useSubmission } from "@/components/discussion/use-submission";

/** Edits one's own comment in place; on an error the edited text stays in the box. */
export function EditCommentForm({ comment, onDone }: { comment: CommentDto; onDone: () => void }) {
  const t = useTranslations("discussion.composer");
  const { controller, participants } = useThreadActions();
  const [body, setBody] = useState(comment.body ?? "");
  const submission = useSubmission();
  const message = useErrorMessage();

  const submit = () =>
    submission.run(async () => {
      const checked = checkCommentBody(body);
      if (!checked.ok) throw new ApiError(checked.error, "", 0);
      await controller.edit(comment.id, body);
      onDone();
    });

  return (
    <ComposerField
      label={t("editLabel")}
      value={body}
      onChange={setBody}
      onSubmit={submit}
      pending={submission.pending}
      error={submission.error ? message(submission.error) : null}
      submitLabel={t("save")}
      pendingLabel={t("saving")}
      onCancel={onDone}
      participants={participants}
      autoFocus
    />
  );
}
