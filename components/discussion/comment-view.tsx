"use client";

import { use, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { CommentDto } from "@/lib/api/comment-schemas";
import { Avatar } from "@/components/auth/avatar";
import { CommentBody } from "@/components/discussion/comment-body";
import { CommentTime, useExactTime } from "@/components/discussion/comment-time";
import { DeleteConfirm } from "@/components/discussion/delete-confirm";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { EditCommentForm } from "@/components/discussion/edit-comment-form";
import { LikeButton } from "@/components/discussion/like-button";
import { NewCommentComposer } from "@/components/discussion/new-comment-composer";
import { ReportButton } from "@/components/discussion/report-button";
import { ThreadLockedContext } from "@/components/discussion/thread-lock";
import { useThreadActions } from "@/components/discussion/thread-actions";
import { useErrorMessage } from "@/components/discussion/use-error-message";
import { useSubmission } from "@/components/discussion/use-submission";

const ACTION =
  "rounded-full px-1.5 py-0.5 text-muted transition-colors hover:text-ink focus-visible:outline-2 focus-visible:outline-accent";

/** What only the author sees of a held or removed comment. */
function ModerationNote({ comment }: { comment: CommentDto }) {
  const t = useTranslations("discussion.comment");
  const tModeration = useTranslations("moderation.authorNotes");
  if (comment.status === "pending") return <p className="mt-1 text-xs text-amber-800">{t("pending")}</p>;
  // Hidden by readers' reports until a moderator looks; a moderator's own removal says why.
  if (comment.status === "hidden" && !comment.moderationReason) {
    return <p className="mt-1 text-xs text-amber-800">{tModeration("hiddenByReports")}</p>;
  }
  if (comment.status === "hidden" || comment.status === "rejected") {
    return (
      <p className="mt-1 text-xs text-red-800">
        {comment.moderationReason ? t("removedBecause", { reason: comment.moderationReason }) : t("removed")}
      </p>
    );
  }
  return null;
}

/**
 * One comment: author, time, body and what the reader may do with it (like,
 * reply, edit, delete). A deleted comment that still has replies shows only
 * "此评论已删除". `children` are its replies.
 */
export function CommentView({
  comment,
  replyToName,
  level,
  children,
}: {
  comment: CommentDto;
  replyToName: string | null;
  /** 0 for a root, 1 and 2 for the indented reply levels. */
  level: 0 | 1 | 2;
  children?: ReactNode;
}) {
  const t = useTranslations("discussion.comment");
  const { viewer } = useRequiredDiscussion();
  const { controller, refocusAfterRemoval } = useThreadActions();
  const exactTime = useExactTime();
  const message = useErrorMessage();
  const [mode, setMode] = useState<"read" | "reply" | "edit" | "confirm-delete">("read");
  const action = useSubmission();
  const tModeration = useTranslations("moderation.badges");
  const threadLocked = use(ThreadLockedContext);
  const mayAct = viewer?.standing.status === "active";
  const deleted = comment.status === "deleted";
  const avatarSize = level === 0 ? 36 : 28;

  const like = () => action.run(() => controller.toggleLike(comment));
  const remove = () =>
    action.run(async () => {
      await controller.remove(comment);
      refocusAfterRemoval(comment.id);
    });

  return (
    // role="article" on a div: the page's one <article> element is the article being read.
    <div
      role="article"
      id={`comment-${comment.id}`}
      tabIndex={-1}
      aria-labelledby={`comment-${comment.id}-author`}
      data-comment-id={comment.id}
      data-level={level}
      className="scroll-mt-24 rounded-lg outline-none transition-colors focus-visible:ring-2 focus-visible:ring-accent/40 data-highlight:bg-amber-100/60"
    >
      <div className="flex gap-2.5 sm:gap-3">
        {deleted ? (
          <span aria-hidden="true" style={{ width: avatarSize, height: avatarSize }} className="shrink-0 rounded-full border border-dashed border-black/20" />
        ) : (
          // A provider image would stretch to the row's height in the flex row; the wrapper keeps it square.
          <span className="shrink-0 self-start leading-none">
            <Avatar name={comment.author.name} image={comment.author.image} size={avatarSize} />
          </span>
        )}
        <div className="min-w-0 flex-1">
          {deleted ? (
            <p id={`comment-${comment.id}-author`} className="py-1.5 text-sm italic text-muted" data-testid="comment-deleted">
              {t("deleted")}
            </p>
          ) : (
            <>
              <header className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm leading-6">
                <span id={`comment-${comment.id}-author`} className="font-medium text-ink">
                  {comment.author.name}
                </span>
                {comment.author.staff && (
                  <span className="rounded bg-ink px-1.5 text-xs font-medium text-white" data-testid="staff-badge">
                    {t(`staff.${comment.author.staff}`)}
                  </span>
                )}
                <CommentTime iso={comment.createdAt} className="text-xs text-muted" />
                {comment.editedAt && (
                  <span className="text-xs text-muted" title={t("editedAt", { time: exactTime(comment.editedAt) })}>
                    {t("edited")}
                  </span>
                )}
                {comment.pinned && (
                  <span className="rounded-full bg-accent/10 px-1.5 text-xs text-accent" data-testid="comment-pinned">
                    {tModeration("pinned")}
                  </span>
                )}
                {comment.locked && (
                  <span className="rounded-full bg-black/5 px-1.5 text-xs text-muted" data-testid="comment-locked">
                    {tModeration("locked")}
                  </span>
                )}
              </header>
              {mode === "edit" ? (
                <div className="mt-2">
                  <EditCommentForm comment={comment} onDone={() => setMode("read")} />
                </div>
              ) : (
                <div className="mt-0.5 text-[0.95rem] leading-7 text-ink" data-testid="comment-body">
                  {replyToName && <p className="text-sm text-muted">{t("replyTo", { name: replyToName })}</p>}
                  <CommentBody body={comment.body ?? ""} />
                </div>
              )}
              <ModerationNote comment={comment} />
              {mode !== "edit" && (
                <div className="-ml-1.5 mt-1 flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
                  <LikeButton comment={comment} interactive={mayAct && comment.status === "published"} onToggle={like} />
                  {mayAct && comment.status === "published" && !threadLocked && (
                    <button type="button" className={ACTION} aria-expanded={mode === "reply"} onClick={() => setMode(mode === "reply" ? "read" : "reply")}>
                      {t("reply")}
                    </button>
                  )}
                  {comment.canEdit && (
                    <button type="button" className={ACTION} onClick={() => setMode("edit")}>
                      {t("edit")}
                    </button>
                  )}
                  {comment.canDelete &&
                    (mode === "confirm-delete" ? (
                      <DeleteConfirm pending={action.pending} onConfirm={remove} onCancel={() => setMode("read")} />
                    ) : (
                      <button type="button" className={ACTION} onClick={() => setMode("confirm-delete")}>
                        {t("delete")}
                      </button>
                    ))}
                  {mayAct && comment.status === "published" && comment.author.id !== viewer?.id && <ReportButton commentId={comment.id} />}
                </div>
              )}
              <p aria-live="polite" className="text-sm text-red-700 empty:hidden">
                {action.error ? message(action.error) : null}
              </p>
              {comment.locked && mayAct && (
                <p className="mt-1 text-xs text-muted" data-testid="thread-locked-note">
                  {tModeration("lockedThread")}
                </p>
              )}
              {mode === "reply" && (
                <div className="mt-2">
                  <NewCommentComposer
                    parent={{ id: comment.id, authorName: comment.author.name }}
                    onPosted={() => setMode("read")}
                    onCancel={() => setMode("read")}
                    autoFocus
                  />
                </div>
              )}
            </>
          )}
          {children}
        </div>
      </div>
    </div>
  );
}
