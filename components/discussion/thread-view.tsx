"use client";

import { useEffect, useMemo, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ThreadDto } from "@/lib/api/comment-schemas";
import { CommentThread } from "@/components/discussion/comment-thread";
import { ComposerGate } from "@/components/discussion/composer-gate";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { NewCommentComposer } from "@/components/discussion/new-comment-composer";
import { SortTabs } from "@/components/discussion/sort-tabs";
import { ThreadActionsContext, type ThreadActions } from "@/components/discussion/thread-actions";
import { participants } from "@/components/discussion/thread-state";
import { useNearViewport } from "@/components/discussion/use-near-viewport";
import { useThread, type ThreadController, type ThreadSource } from "@/components/discussion/use-thread";

/**
 * A notification links to `?thread=…#comment-<id>`; the comment only exists
 * once its page has loaded, so the browser cannot scroll to it by itself.
 */
function useLinkedComment(container: React.RefObject<HTMLElement | null>, controller: ThreadController) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || controller.status !== "ready") return;
    const hash = window.location.hash;
    if (!hash.startsWith("#comment-")) return;
    const target = container.current?.querySelector<HTMLElement>(`[id="${CSS.escape(hash.slice(1))}"]`);
    if (!target) return;
    done.current = true;
    target.dataset.highlight = "";
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }, [container, controller.status, controller.threads]);
}

function ThreadList({ controller }: { controller: ThreadController }) {
  const t = useTranslations("discussion");
  const { viewer } = useRequiredDiscussion();
  if (controller.status === "loading") {
    return (
      <p role="status" className="py-6 text-center text-sm text-muted">
        {t("loading")}
      </p>
    );
  }
  if (controller.status === "failed") {
    return (
      <p role="alert" className="py-6 text-center text-sm text-muted">
        {t("loadFailed")}{" "}
        <button type="button" onClick={controller.retry} className="text-accent underline underline-offset-4">
          {t("retry")}
        </button>
      </p>
    );
  }
  if (controller.threads.length === 0) {
    return <p className="py-6 text-center text-sm text-muted">{viewer ? t("empty") : t("emptySignedOut")}</p>;
  }
  return (
    <>
      <ol className="space-y-6" data-testid="thread-list">
        {controller.threads.map((thread) => (
          <li key={thread.id}>
            <CommentThread thread={thread} />
          </li>
        ))}
      </ol>
      {controller.nextCursor && (
        <div className="mt-6 text-center">
          <button
            type="button"
            onClick={controller.loadMore}
            disabled={controller.more === "loading"}
            className="rounded-full border border-black/15 px-4 py-1.5 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
          >
            {controller.more === "loading" ? t("loadingMore") : t("loadMore")}
          </button>
          {controller.more === "failed" && (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {t("loadFailed")}
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** Comments in a note's thread: the note itself and every reply still shown. */
function noteThreadCount(threads: readonly ThreadDto[]): number {
  return threads.reduce((sum, thread) => sum + (thread.status === "deleted" ? 0 : 1) + thread.replies.filter((reply) => reply.status !== "deleted").length, 0);
}

/**
 * One discussion, in the side panel (a block's or a note's) or below the
 * article (anchor null): composer, order, comments. A note's thread is one
 * note and its replies, so it has no order to choose, and its composer answers
 * the note. With `lazy`, comments load only when the discussion nears the
 * viewport, so readers who never scroll down cost nothing.
 */
export function ThreadView({
  source,
  withIdentity = false,
  lazy = false,
  closedNotice,
}: {
  source: ThreadSource;
  withIdentity?: boolean;
  lazy?: boolean;
  /** Shown instead of the composer when the discussion takes no new comments (a private note). */
  closedNotice?: string;
}) {
  const t = useTranslations("discussion");
  const { slug, viewer, counts } = useRequiredDiscussion();
  const container = useRef<HTMLDivElement>(null);
  const near = useNearViewport(container);
  const controller = useThread(source, !lazy || near);
  const anchor = source.kind === "block" ? source.anchor : null;
  const threadName = source.kind === "note" ? `note-${source.highlightId}` : (anchor ?? "article");
  const countLine = useRef<HTMLParagraphElement>(null);
  useLinkedComment(container, controller);
  const viewerId = viewer?.id ?? null;
  const people = useMemo(() => participants(controller.threads, viewerId), [controller.threads, viewerId]);
  const actions = useMemo<ThreadActions>(
    () => ({
      anchor,
      controller,
      participants: people,
      draftKey: (parentId) => `${slug}:${threadName}:${parentId ?? "new"}`,
      refocusAfterRemoval: (id) =>
        // After React has removed the comment (or swapped in its placeholder).
        requestAnimationFrame(() => {
          const left = container.current?.querySelector<HTMLElement>(`[id="comment-${CSS.escape(id)}"]`);
          (left ?? countLine.current)?.focus();
        }),
    }),
    [anchor, threadName, controller, people, slug],
  );
  const count = source.kind === "note" ? noteThreadCount(controller.threads) : anchor === null ? counts.article : (counts.blocks[anchor] ?? 0);

  return (
    <ThreadActionsContext value={actions}>
      <div ref={container} className="space-y-5" data-testid="thread" data-anchor={threadName}>
        {closedNotice ? (
          <p className="rounded-lg bg-black/[0.03] px-4 py-3 text-sm text-muted" data-testid="thread-closed">
            {closedNotice}
          </p>
        ) : (
          <ComposerGate withIdentity={withIdentity}>
            <NewCommentComposer />
          </ComposerGate>
        )}
        <div className="flex flex-wrap items-center justify-between gap-2 border-b border-black/10 pb-3">
          <p ref={countLine} tabIndex={-1} className="text-sm text-muted outline-none" data-testid="thread-count">
            {t("count", { count })}
          </p>
          {source.kind === "block" && <SortTabs value={controller.sort} onChange={controller.setSort} />}
        </div>
        <ThreadList controller={controller} />
      </div>
    </ThreadActionsContext>
  );
}
