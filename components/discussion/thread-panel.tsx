"use client";

import { useEffect, useRef, useSyncExternalStore, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { renderedBlockText } from "@/components/article/rendered-block-text";
import { useDiscussion, type ThreadBlock } from "@/components/discussion/discussion-provider";
import { CloseIcon } from "@/components/discussion/icons";
import { ThreadView } from "@/components/discussion/thread-view";

// Below this width the panel is a modal bottom sheet; above it, a side panel beside the article.
const WIDE = "(min-width: 1024px)";

/**
 * Shows the dialog the way the screen calls for: non-modal beside the article
 * on wide screens (the article stays usable), modal on phones (focus stays in
 * the sheet, the page behind is inert). It is server-rendered open, so a
 * reloaded ?thread= URL shows the panel before hydration.
 */
function usePresentation(dialog: React.RefObject<HTMLDialogElement | null>) {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const media = window.matchMedia(WIDE);
    const present = () => {
      const modal = !media.matches;
      if (element.open && element.matches(":modal") === modal) return;
      if (element.open) element.close();
      if (modal) element.showModal();
      else element.show();
    };
    present();
    element.querySelector<HTMLElement>("[data-panel-title]")?.focus();
    media.addEventListener("change", present);
    return () => media.removeEventListener("change", present);
  }, [dialog]);
}

/**
 * The thread panel around one discussion: `id` names it (a block anchor, or
 * note-<highlight id>), `scrollTo` is the element to bring beside it, `quote`
 * the text under discussion.
 */
export function PanelDialog({
  id,
  title,
  quote,
  scrollTo,
  onClose,
  children,
}: {
  id: string;
  title: string;
  quote: string;
  scrollTo: () => Element | null;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useTranslations("discussion.panel");
  const dialog = useRef<HTMLDialogElement>(null);
  usePresentation(dialog);

  // Escape closes from anywhere on the page (the side panel is not modal), unless
  // something inside handled it first (the @mention list, a delete confirmation)
  // or an IME composition is being cancelled.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || event.isComposing) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onClose]);

  // Opened from a shared or reloaded link, the quoted block may be far away: bring it beside the panel.
  const scrollTarget = useRef(scrollTo);
  useEffect(() => {
    const element = scrollTarget.current();
    if (!element || window.location.hash) return;
    const { top, bottom } = element.getBoundingClientRect();
    if (top < 56 || bottom > window.innerHeight) element.scrollIntoView({ block: "center" });
  }, [id]);

  const titleId = `thread-title-${id}`;
  return (
    <dialog
      ref={dialog}
      open
      aria-labelledby={titleId}
      data-testid="thread-panel"
      // The native Escape of a modal dialog would close it behind our back; the listener above closes it properly.
      onCancel={(event) => event.preventDefault()}
      onClick={(event) => {
        // A click on the backdrop (the dialog itself, outside its content) closes the sheet.
        if (event.target === event.currentTarget) onClose();
      }}
      className={[
        "fixed inset-x-0 bottom-0 top-auto z-30 m-0 flex max-h-[85dvh] w-full max-w-none flex-col overflow-hidden rounded-t-2xl border-0 bg-paper p-0 text-ink shadow-[0_-8px_30px_rgb(0_0_0/0.12)]",
        "backdrop:bg-black/35 motion-safe:backdrop:transition-opacity",
        "lg:bottom-0 lg:left-auto lg:right-0 lg:top-14 lg:h-[calc(100dvh-3.5rem)] lg:max-h-none lg:w-[24rem] lg:rounded-none lg:border-l lg:border-black/10 lg:shadow-none xl:w-[28rem]",
      ].join(" ")}
    >
      <div aria-hidden="true" className="mx-auto mt-2 h-1 w-10 shrink-0 rounded-full bg-black/15 lg:hidden" />
      <header className="flex shrink-0 items-center justify-between gap-3 border-b border-black/10 px-4 py-2.5 sm:px-5">
        <h2 id={titleId} data-panel-title tabIndex={-1} className="text-base font-semibold outline-none">
          {title}
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label={t("close")}
          className="-mr-2 inline-flex size-9 items-center justify-center rounded-full text-muted transition-colors hover:bg-black/5 hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
        >
          <CloseIcon className="size-4" />
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain px-4 pb-8 pt-4 sm:px-5">
        <figure className="mb-5">
          <figcaption className="sr-only">{t("quoteLabel")}</figcaption>
          <blockquote
            lang="zh-CN"
            className="line-clamp-6 border-l-2 border-accent/60 pl-3 font-serif text-[0.95rem] leading-7 text-ink/80"
            data-testid="thread-quote"
          >
            {quote}
          </blockquote>
        </figure>
        {children}
      </div>
    </dialog>
  );
}

/** The server's copy of the quote of the thread the page was requested with (?thread=<anchor>). */
export type RequestedQuote = { anchor: string; text: string } | null;

const NO_CHANGES = () => () => {};

/**
 * A block's text for its panel, read from the article on the page; the server
 * (which has no page to read) renders the requested thread's quote from its copy.
 */
function useBlockQuote(anchor: string, requested: RequestedQuote): string {
  const serverQuote = requested?.anchor === anchor ? requested.text : "";
  return useSyncExternalStore(NO_CHANGES, () => renderedBlockText(anchor) ?? serverQuote, () => serverQuote);
}

function BlockPanel({ block, requested, onClose }: { block: ThreadBlock; requested: RequestedQuote; onClose: () => void }) {
  const t = useTranslations("discussion.panel");
  const quote = useBlockQuote(block.anchor, requested);
  return (
    <PanelDialog id={block.anchor} title={t(block.kind)} quote={quote} scrollTo={() => document.getElementById(block.anchor)} onClose={onClose}>
      <ThreadView source={{ kind: "block", anchor: block.anchor }} />
    </PanelDialog>
  );
}

/** The open block's thread, when ?thread= names one. */
export function ThreadPanel({ requested }: { requested: RequestedQuote }) {
  const discussion = useDiscussion();
  if (!discussion?.openBlock) return null;
  // Keyed by block, so switching paragraphs starts a fresh thread and dialog.
  return <BlockPanel key={discussion.openBlock.anchor} block={discussion.openBlock} requested={requested} onClose={discussion.closeThread} />;
}
