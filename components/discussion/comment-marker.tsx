"use client";

import { useTranslations } from "next-intl";
import { useDiscussion } from "@/components/discussion/discussion-provider";
import { SpeechBubbleIcon } from "@/components/discussion/icons";

/**
 * A block's comment count, which opens its thread: in the right margin on wide
 * screens, inline after the text on phones. With no comments yet it stays
 * faint (on wide screens until the block is hovered or the marker focused).
 */
export function CommentMarker({ anchor }: { anchor: string }) {
  const discussion = useDiscussion();
  const t = useTranslations("discussion.marker");
  if (!discussion) return null;
  const count = discussion.counts.blocks[anchor] ?? 0;
  const open = discussion.openBlock?.anchor === anchor;
  const quiet = count === 0 && !open;
  return (
    <button
      type="button"
      data-thread-marker={anchor}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-label={count === 0 ? t("empty") : t("count", { count })}
      onClick={(event) => discussion.openThread(anchor, event.currentTarget)}
      className={[
        // nowrap: the article's overflow-wrap:anywhere would otherwise stack "24" in the margin.
        "ml-1.5 inline-flex h-6 min-w-6 translate-y-[-0.1em] items-center justify-center gap-1 whitespace-nowrap rounded-full px-1.5 align-middle font-sans text-xs font-medium leading-none tabular-nums [overflow-wrap:normal]",
        "transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent",
        "md:absolute md:left-full md:top-1 md:ml-3 md:translate-y-0",
        open
          ? "bg-accent text-paper"
          : quiet
            ? "text-muted/50 hover:bg-black/5 hover:text-muted md:opacity-0 md:group-hover:opacity-100 md:focus-visible:opacity-100"
            : "bg-accent/10 text-accent hover:bg-accent/20",
      ].join(" ")}
    >
      <SpeechBubbleIcon className="size-3.5" />
      {count > 0 && <span>{count}</span>}
    </button>
  );
}
