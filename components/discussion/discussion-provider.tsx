"use client";

import { useSearchParams } from "next/navigation";
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CommentCountsDto } from "@/lib/api/comment-schemas";
import { fetchCounts, type ApiError } from "@/components/discussion/api-client";
import type { DiscussionViewer } from "@/components/discussion/discussion-viewer";
import type { LiveEvent, LiveListener } from "@/components/discussion/live-events";
import { noteIdOf } from "@/components/discussion/note-thread-key";
import { ARTICLE_THREAD, THREAD_PARAM } from "@/components/discussion/thread-param";
import { standingFromRefusal } from "@/components/discussion/refused-standing";
import { useArticleEvents } from "@/components/discussion/use-article-events";
import type { AnchorCount } from "@/lib/realtime/article-event-types";

/** A block a thread can hang on; the panel quotes its text from the page (components/article/rendered-block-text.ts). */
export type ThreadBlock = { anchor: string; kind: "paragraph" | "heading" | "figure" };

type DiscussionContextValue = {
  slug: string;
  viewer: DiscussionViewer;
  /** A write was refused because the reader was suspended or banned after the page loaded. */
  postingRefused: boolean;
  /** Takes a failed write's error: a suspension or ban shows at once wherever the reader could write. */
  noteRefusal: (error: ApiError) => void;
  /** The sign-in engineer's panel, rendered by the server, shown where signed-out readers would write. */
  signInPrompt: ReactNode;
  counts: CommentCountsDto;
  /** The block whose thread is open in the panel, from ?thread= in the URL. */
  openBlock: ThreadBlock | null;
  /** The highlight whose note's thread is open in the panel (?thread=note-<id>). */
  openNoteId: string | null;
  openThread: (anchor: string, trigger?: HTMLElement | null) => void;
  closeThread: () => void;
  subscribe: (listener: LiveListener) => () => void;
  refreshCounts: () => void;
};

const DiscussionContext = createContext<DiscussionContextValue | null>(null);

/** Null outside an article page, so the article's blocks also render without a discussion. */
export function useDiscussion(): DiscussionContextValue | null {
  return use(DiscussionContext);
}

export function useRequiredDiscussion(): DiscussionContextValue {
  const value = use(DiscussionContext);
  if (!value) throw new Error("useRequiredDiscussion outside DiscussionProvider");
  return value;
}

function urlWithThread(thread: string | null): string {
  const url = new URL(window.location.href);
  if (thread) url.searchParams.set(THREAD_PARAM, thread);
  else url.searchParams.delete(THREAD_PARAM);
  // A comment fragment belonged to the thread that was open.
  if (url.hash.startsWith("#comment-")) url.hash = "";
  return `${url.pathname}${url.search}${url.hash}`;
}

function withCount(counts: CommentCountsDto, { anchor, count }: AnchorCount): CommentCountsDto {
  if (anchor === null) return counts.article === count ? counts : { ...counts, article: count };
  return counts.blocks[anchor] === count ? counts : { ...counts, blocks: { ...counts.blocks, [anchor]: count } };
}

function markerOf(anchor: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-thread-marker="${CSS.escape(anchor)}"]`);
}

/**
 * The article page's discussion state: comment counts (kept live), which
 * block's thread is open (kept in the URL so it can be shared and reloaded),
 * and the live events every open thread listens to.
 */
export function DiscussionProvider({
  slug,
  viewer,
  initialCounts,
  blocks,
  signInPrompt,
  children,
}: {
  slug: string;
  viewer: DiscussionViewer;
  initialCounts: CommentCountsDto;
  blocks: ThreadBlock[];
  signInPrompt: ReactNode;
  children: ReactNode;
}) {
  const [counts, setCounts] = useState(initialCounts);
  // Tied to the viewer it was learnt for: a fresh viewer from the server (after a reload or refresh) wins.
  const [refusal, setRefusal] = useState<{ for: DiscussionViewer; standing: NonNullable<DiscussionViewer>["standing"] } | null>(null);
  const refused = refusal !== null && refusal.for === viewer;
  const currentViewer = useMemo<DiscussionViewer>(
    () => (viewer && refusal && refusal.for === viewer ? { ...viewer, standing: refusal.standing } : viewer),
    [viewer, refusal],
  );
  const noteRefusal = useCallback(
    (error: ApiError) => {
      const standing = standingFromRefusal(error);
      if (standing) setRefusal({ for: viewer, standing });
    },
    [viewer],
  );
  const byAnchor = useMemo(() => new Map(blocks.map((block) => [block.anchor, block])), [blocks]);
  const thread = useSearchParams().get(THREAD_PARAM);
  const openBlock = (thread && byAnchor.get(thread)) || null;
  const openNoteId = noteIdOf(thread);
  const openKey = openBlock?.anchor ?? (openNoteId ? thread : null);

  const listeners = useRef(new Set<LiveListener>());
  const subscribe = useCallback((listener: LiveListener) => {
    listeners.current.add(listener);
    return () => {
      listeners.current.delete(listener);
    };
  }, []);
  const emit = useCallback((event: LiveEvent) => {
    for (const listener of listeners.current) listener(event);
  }, []);

  const refreshCounts = useCallback(() => {
    fetchCounts(slug).then(setCounts, () => {
      // Counts catch up with the next live event or reload.
    });
  }, [slug]);

  useArticleEvents(slug, {
    "comment.created": ({ comment, counts: count }) => {
      setCounts((current) => withCount(current, count));
      emit({ type: "comment.created", comment });
    },
    "comment.updated": ({ comment, counts: count }) => {
      setCounts((current) => withCount(current, count));
      emit({ type: "comment.updated", comment });
    },
    "comment.deleted": ({ counts: count, ...removal }) => {
      setCounts((current) => withCount(current, count));
      emit({ type: "comment.deleted", ...removal, highlightId: null });
    },
    "comment.liked": (likes) => emit({ type: "comment.liked", ...likes }),
    "highlight.created": ({ highlight, popular }) => emit({ type: "highlight.changed", id: highlight.id, highlight, popular }),
    "highlight.updated": ({ highlight, popular }) => emit({ type: "highlight.changed", id: highlight.id, highlight, popular }),
    "highlight.deleted": ({ id, popular }) => emit({ type: "highlight.changed", id, highlight: null, popular }),
    // A note's thread is a thread like a block's: the same listeners apply it, told apart by highlightId.
    "highlight.comment.created": ({ comment }) => emit({ type: "comment.created", comment }),
    "highlight.comment.updated": ({ comment }) => emit({ type: "comment.updated", comment }),
    "highlight.comment.deleted": (removal) => emit({ type: "comment.deleted", ...removal, anchor: null }),
    resync: () => {
      refreshCounts();
      emit({ type: "resync" });
    },
  });

  // Focus goes back to what opened the panel (or the block's marker after a reload or Back).
  const returnFocus = useRef<HTMLElement | null>(null);
  const lastOpen = useRef<string | null>(null);
  useEffect(() => {
    if (openKey) {
      lastOpen.current = openKey;
      return;
    }
    const anchor = lastOpen.current;
    lastOpen.current = null;
    if (!anchor) return;
    const target = returnFocus.current?.isConnected ? returnFocus.current : markerOf(anchor);
    returnFocus.current = null;
    target?.focus();
  }, [openKey]);

  // ?thread=article names the discussion below the article: bring it into view once.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get(THREAD_PARAM) !== ARTICLE_THREAD || window.location.hash) return;
    document.getElementById("discussion")?.scrollIntoView();
  }, []);

  const openThread = useCallback((anchor: string, trigger?: HTMLElement | null) => {
    if (trigger) returnFocus.current = trigger;
    window.history.pushState(null, "", urlWithThread(anchor));
  }, []);
  const closeThread = useCallback(() => {
    window.history.replaceState(null, "", urlWithThread(null));
  }, []);

  const value = useMemo<DiscussionContextValue>(
    () => ({
      slug,
      viewer: currentViewer,
      postingRefused: refused,
      noteRefusal,
      signInPrompt,
      counts,
      openBlock,
      openNoteId,
      openThread,
      closeThread,
      subscribe,
      refreshCounts,
    }),
    [slug, currentViewer, refused, noteRefusal, signInPrompt, counts, openBlock, openNoteId, openThread, closeThread, subscribe, refreshCounts],
  );

  return (
    <DiscussionContext value={value}>
      {/* On wide screens the article moves aside for the panel instead of hiding under it. */}
      <div className={openKey ? "motion-safe:transition-[padding] lg:pr-[24rem] xl:pr-[28rem]" : "motion-safe:transition-[padding]"}>
        {children}
      </div>
    </DiscussionContext>
  );
}
