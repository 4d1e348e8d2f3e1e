"use client";

import { useTranslations } from "next-intl";
import { useDiscussion } from "@/components/discussion/discussion-provider";
import { SpeechBubbleIcon } from "@/components/discussion/icons";
import { ARTICLE_THREAD, THREAD_PARAM } from "@/components/discussion/thread-param";

/** "12 条讨论" under the title: jumps to the article-wide discussion, with a live count. */
export function DiscussionLink() {
  const discussion = useDiscussion();
  const t = useTranslations("discussion");
  if (!discussion) return null;
  return (
    <a
      href={`?${THREAD_PARAM}=${ARTICLE_THREAD}#discussion`}
      className="mt-3 inline-flex items-center gap-1.5 rounded-full text-sm text-accent underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
      data-testid="discussion-link"
      onClick={(event) => {
        // Same page: update the URL and scroll, without reloading the article.
        event.preventDefault();
        window.history.pushState(null, "", event.currentTarget.getAttribute("href"));
        const smooth = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        document.getElementById("discussion")?.scrollIntoView({ behavior: smooth ? "smooth" : "auto" });
      }}
    >
      <SpeechBubbleIcon className="size-4" />
      {t("jumpToDiscussion", { count: discussion.counts.article })}
    </a>
  );
}
