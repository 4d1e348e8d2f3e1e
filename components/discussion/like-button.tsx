"use client";

import { useTranslations } from "next-intl";
import type { CommentDto } from "@/lib/api/comment-schemas";
import { HeartIcon } from "@/components/discussion/icons";

/** A toggle (aria-pressed) for readers who may like; the bare count for everyone else. */
export function LikeButton({ comment, interactive, onToggle }: { comment: CommentDto; interactive: boolean; onToggle: () => void }) {
  const t = useTranslations("discussion.comment");
  const content = (
    <>
      <HeartIcon filled={comment.likedByMe} className="size-4" />
      <span className="sr-only">{t("like")}</span>
      <span className="tabular-nums" data-testid="like-count">
        {comment.likeCount}
      </span>
    </>
  );
  if (!interactive) {
    return <span className="inline-flex items-center gap-1 px-1 text-muted">{content}</span>;
  }
  return (
    <button
      type="button"
      aria-pressed={comment.likedByMe}
      onClick={onToggle}
      className="inline-flex items-center gap-1 rounded-full px-1.5 py-0.5 text-muted transition-colors hover:text-accent focus-visible:outline-2 focus-visible:outline-accent aria-pressed:text-accent"
    >
      {content}
    </button>
  );
}
