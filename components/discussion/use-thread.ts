"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { CommentDto, CommentSort, ThreadDto } from "@/lib/api/comment-schemas";
import * as api from "@/components/discussion/api-client";
import { fetchNoteThread, replyToNote } from "@/components/highlights/highlight-api";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import type { LiveEvent } from "@/components/discussion/live-events";
import { appendPage, applyLiveComment, findComment, removeComment, setLikes, upsertComment, type Placement } from "@/components/discussion/thread-state";
import { requestUnreadRefresh } from "@/components/discussion/unread-events";

type Loaded = {
  /** Which request this is the answer to: a new sort or a resync starts over. */
  key: string;
  threads: ThreadDto[];
  nextCursor: string | null;
  failed: boolean;
};

/** Which discussion: a block's (or the article's, anchor null), or a highlight's note. */
export type ThreadSource = { kind: "block"; anchor: string | null } | { kind: "note"; highlightId: string };

function belongsTo(source: ThreadSource, comment: { anchor: string | null; highlightId: string | null }): boolean {
  return source.kind === "note" ? comment.highlightId === source.highlightId : comment.highlightId === null && comment.anchor === source.anchor;
}

/**
 * One discussion (a block's, the article's, or a note's): its pages in
 * the chosen order, kept current by live events, and the mutations its
 * readers make, each applied by comment id so an echo changes nothing.
 * Nothing is fetched until `enabled` (the discussion is about to be seen).
 */
export function useThread(source: ThreadSource, enabled = true) {
  const { slug, viewer, subscribe, refreshCounts } = useRequiredDiscussion();
  const anchor = source.kind === "block" ? source.anchor : null;
  const noteId = source.kind === "note" ? source.highlightId : null;
  const thisSource = useMemo<ThreadSource>(() => (noteId ? { kind: "note", highlightId: noteId } : { kind: "block", anchor }), [noteId, anchor]);
  const viewerId = viewer?.id ?? null;
  const [sort, setSort] = useState<CommentSort>("hot");
  const [generation, setGeneration] = useState(0);
  const key = `${sort}:${generation}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: "", threads: [], nextCursor: null, failed: false });
  const [more, setMore] = useState<"idle" | "loading" | "failed">("idle");

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    (noteId ? fetchNoteThread(noteId, null, controller.signal) : api.fetchThreads(slug, anchor, sort, null, controller.signal)).then(
      (page) => setLoaded({ key, threads: page.threads, nextCursor: page.nextCursor, failed: false }),
      () => {
        if (!controller.signal.aborted) setLoaded({ key, threads: [], nextCursor: null, failed: true });
      },
    );
    return () => controller.abort();
  }, [slug, anchor, noteId, sort, key, enabled]);

  const current = loaded.key === key;
  // The listener below reads the latest threads without resubscribing on every change.
  const latest = useRef(loaded.threads);
  useEffect(() => {
    latest.current = loaded.threads;
  }, [loaded.threads]);

  /** A new comment by someone else that answers or mentions the viewer: the header badge should not wait for its poll. */
  const addressesViewer = useCallback(
    (comment: CommentDto) => {
      if (!viewer || comment.author.id === viewer.id) return false;
      const parent = comment.parentId ? findComment(latest.current, comment.parentId) : undefined;
      return parent?.author.id === viewer.id || comment.replyTo?.id === viewer.id || (comment.body ?? "").includes(`@${viewer.name}`);
    },
    [viewer],
  );
  const status: "loading" | "failed" | "ready" = !current ? "loading" : loaded.failed ? "failed" : "ready";

  const update = useCallback((change: (threads: ThreadDto[], nextCursor: string | null) => ThreadDto[]) => {
    setLoaded((state) => ({ ...state, threads: change(state.threads, state.nextCursor) }));
  }, []);

  // Where a new root belongs in the current order; in "oldest" it is last, so only once the end is loaded.
  const placeNew = useCallback(
    (nextCursor: string | null, own: boolean): Placement => {
      if (sort !== "oldest") return "top";
      if (nextCursor === null) return "bottom";
      return own ? "top" : "skip";
    },
    [sort],
  );

  useEffect(
    () =>
      subscribe((event: LiveEvent) => {
        switch (event.type) {
          case "resync":
            setGeneration((value) => value + 1);
            return;
          case "comment.created":
          case "comment.updated":
            if (!belongsTo(thisSource, event.comment)) return;
            if (event.type === "comment.created" && addressesViewer(event.comment)) requestUnreadRefresh();
            update((threads, nextCursor) => applyLiveComment(threads, event.comment, { viewerId, placement: placeNew(nextCursor, false) }));
            return;
          case "comment.deleted":
            if (!belongsTo(thisSource, event)) return;
            update((threads) => removeComment(threads, event));
            return;
          case "comment.liked":
            update((threads) => setLikes(threads, event.id, { likeCount: event.likeCount }));
            return;
        }
      }),
    [subscribe, update, thisSource, viewerId, placeNew, addressesViewer],
  );

  const loadMore = useCallback(async () => {
    const cursor = loaded.nextCursor;
    if (!cursor || more === "loading") return;
    setMore("loading");
    try {
      const page = noteId ? await fetchNoteThread(noteId, cursor) : await api.fetchThreads(slug, anchor, sort, cursor);
      setLoaded((state) => (state.key === key ? { ...state, threads: appendPage(state.threads, page), nextCursor: page.nextCursor } : state));
      setMore("idle");
    } catch {
      setMore("failed");
    }
  }, [loaded.nextCursor, more, slug, anchor, noteId, sort, key]);

  const post = useCallback(
    async (input: { body: string; parentId?: string; idempotencyKey: string }) => {
      const comment = noteId ? await replyToNote(noteId, input) : await api.createComment(slug, { anchor, ...input });
      update((threads, nextCursor) => upsertComment(threads, comment, { source: "own", viewerId, placement: placeNew(nextCursor, true) }));
      refreshCounts();
      return comment;
    },
    [slug, anchor, noteId, update, viewerId, placeNew, refreshCounts],
  );

  const edit = useCallback(
    async (id: string, body: string) => {
      const comment = await api.updateComment(id, body);
      update((threads) => upsertComment(threads, comment, { source: "own", viewerId, placement: "skip" }));
    },
    [update, viewerId],
  );

  const remove = useCallback(
    async (comment: CommentDto) => {
      await api.deleteComment(comment.id);
      update((threads) => removeComment(threads, { id: comment.id, rootId: comment.rootId, keepsPlaceholder: comment.replyCount > 0 }));
      refreshCounts();
    },
    [update, refreshCounts],
  );

  /** Optimistic: the heart changes at once and goes back if the server says no. */
  const toggleLike = useCallback(
    async (comment: CommentDto) => {
      const liked = !comment.likedByMe;
      const before = { likeCount: comment.likeCount, likedByMe: comment.likedByMe };
      update((threads) => setLikes(threads, comment.id, { likeCount: Math.max(0, comment.likeCount + (liked ? 1 : -1)), likedByMe: liked }));
      try {
        const state = await api.setLiked(comment.id, liked);
        update((threads) => setLikes(threads, comment.id, state));
      } catch (error) {
        update((threads) => setLikes(threads, comment.id, before));
        throw error;
      }
    },
    [update],
  );

  const changeSort = useCallback((next: CommentSort) => {
    setSort(next);
    setMore("idle");
  }, []);

  return {
    sort,
    setSort: changeSort,
    status,
    threads: current ? loaded.threads : [],
    nextCursor: current ? loaded.nextCursor : null,
    more,
    loadMore,
    retry: () => setGeneration((value) => value + 1),
    post,
    edit,
    remove,
    toggleLike,
  };
}

export type ThreadController = ReturnType<typeof useThread>;
