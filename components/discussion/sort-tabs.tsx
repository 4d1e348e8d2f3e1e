"use client";

import { useTranslations } from "next-intl";
import type { CommentSort } from "@/lib/api/comment-schemas";

const SORTS: CommentSort[] = ["hot", "newest", "oldest"];

/** 最热 / 最新 / 最早: a group of pressed-state buttons (they reorder one list, they are not tabs of panels). */
export function SortTabs({ value, onChange }: { value: CommentSort; onChange: (sort: CommentSort) => void }) {
  const t = useTranslations("discussion.sort");
  return (
    <div role="group" aria-label={t("label")} className="inline-flex rounded-full bg-black/[0.04] p-0.5 text-sm">
      {SORTS.map((sort) => (
        <button
          key={sort}
          type="button"
          aria-pressed={value === sort}
          onClick={() => onChange(sort)}
          className="rounded-full px-3 py-1 text-muted transition-colors hover:text-ink focus-visible:outline-2 focus-visible:outline-accent aria-pressed:bg-white aria-pressed:font-medium aria-pressed:text-ink aria-pressed:shadow-sm"
        >
          {t(sort)}
        </button>
      ))}
    </div>
  );
}
