"use client";

import { useTranslations } from "next-intl";
import { checkCommentBody } from "@/lib/discussion/comment-body";
import { ApiError } from "@/components/discussion/api-client";
import { ComposerField } from "@/components/discussion/composer-field";
import { useDraft } from "@/components/discussion/draft-store";
import { useThreadActions } from "@/components/discussion/thread-actions";
import { useErrorMessage } from "@/components/discussion/use-error-message";
import { useSubmission } from "@/components/discussion/use-submission";

/**
 * Writes a comment, or a reply to `parent`. The draft lives in sessionStorage
 * until the post succeeds, so an error, a reload or a sign-in round trip
 * keeps it; a retry reuses the draft's idempotency key, so however often the
 * button is pressed, the server creates one comment.
 */
export function NewCommentComposer({
  parent,
  onPosted,
  onCancel,
  autoFocus,
}: {
  parent?: { id: string; authorName: string };
  onPosted?: () => void;
  onCancel?: () => void;
  autoFocus?: boolean;
}) {
  const t = useTranslations("discussion.composer");
  const { controller, participants, draftKey } = useThreadActions();
  const draft = useDraft(draftKey(parent?.id ?? null));
  const submission = useSubmission();
  const message = useErrorMessage();

  const submit = () =>
    submission.run(async () => {
      const checked = checkCommentBody(draft.body);
      if (!checked.ok) throw new ApiError(checked.error, "", 0);
      await controller.post({ body: draft.body, parentId: parent?.id, idempotencyKey: draft.claimKey() });
      draft.clear();
      onPosted?.();
    });

  return (
    <ComposerField
      label={parent ? t("replyLabel", { name: parent.authorName }) : t("label")}
      placeholder={parent ? t("replyPlaceholder", { name: parent.authorName }) : t("placeholder")}
      value={draft.body}
      onChange={(body) => {
        draft.setBody(body);
        if (submission.error) submission.clearError();
      }}
      onSubmit={submit}
      pending={submission.pending}
      error={submission.error ? message(submission.error) : null}
      submitLabel={parent ? t("reply") : t("post")}
      pendingLabel={t("posting")}
      onCancel={onCancel}
      participants={participants}
      autoFocus={autoFocus}
    />
  );
}
