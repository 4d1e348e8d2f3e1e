"use client";

import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { HighlightSelectors } from "@/lib/anchoring/types";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import * as api from "@/components/highlights/highlight-api";
import type { HighlightDto, PopularSegment } from "@/lib/api/highlight-schemas";
import type { HighlightVisibility } from "@/components/highlights/highlight-visibility";
import { useHideOthers } from "@/components/highlights/use-hide-others";

type HighlightContextValue = {
  slug: string;
  highlights: readonly HighlightDto[];
  popular: readonly PopularSegment[];
  hideOthers: boolean;
  setHideOthers: (hide: boolean) => void;
  create: (selectors: HighlightSelectors, options: { visibility: HighlightVisibility; note?: string; idempotencyKey: string }) => Promise<HighlightDto>;
  update: (id: string, change: { visibility?: HighlightVisibility; note?: string | null }) => Promise<HighlightDto>;
  remove: (id: string) => Promise<void>;
  refresh: () => void;
  /** The reader's highlight whose popover is open. */
  activeId: string | null;
  /** Opens (or with null closes) a highlight's popover; focus goes back to `trigger` when it closes. */
  openPopover: (id: string | null, trigger?: HTMLElement | null) => void;
};

const HighlightContext = createContext<HighlightContextValue | null>(null);

export function useHighlights(): HighlightContextValue {
  const value = use(HighlightContext);
  if (!value) throw new Error("useHighlights outside HighlightProvider");
  return value;
}

/**
 * Another reader's public highlight as the live event announces it: added,
 * changed, or gone (deleted, or made private). The reader's own highlights
 * are kept as this page holds them: the event shows them as anyone sees them.
 */
function applyChange(list: readonly HighlightDto[], id: string, highlight: HighlightDto | null, viewerId: string | null): readonly HighlightDto[] {
  if (highlight === null) return list.filter((item) => item.id !== id);
  if (highlight.owner.id === viewerId) return list;
  return highlight.visibility === "public" ? upsert(list, highlight) : list.filter((item) => item.id !== id);
}

function upsert(list: readonly HighlightDto[], highlight: HighlightDto): HighlightDto[] {
  const index = list.findIndex((item) => item.id === highlight.id);
  return index < 0 ? [...list, highlight] : list.map((item) => (item.id === highlight.id ? highlight : item));
}

/**
 * The article page's highlights: the reader's own (orphans included) and
 * other readers' public ones, the popular passages, and the reader's changes.
 * Anything another reader changes arrives as a live event and reloads the list.
 */
export function HighlightProvider({ slug, children }: { slug: string; children: ReactNode }) {
  const { subscribe, viewer } = useRequiredDiscussion();
  const viewerId = viewer?.id ?? null;
  const [hideOthers, setHideOthers] = useHideOthers();
  const [state, setState] = useState<{ highlights: readonly HighlightDto[]; popular: readonly PopularSegment[] }>({ highlights: [], popular: [] });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api.fetchHighlights(slug, controller.signal).then(
      (list) => setState({ highlights: list.highlights, popular: list.popular }),
      () => {
        // Shading catches up with the next change or reload; the article reads fine without it.
      },
    );
    return () => controller.abort();
  }, [slug, generation]);

  const refresh = useCallback(() => setGeneration((value) => value + 1), []);

  const [activeId, setActiveId] = useState<string | null>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const openPopover = useCallback((id: string | null, opener?: HTMLElement | null) => {
    if (id === null) {
      const back = trigger.current;
      trigger.current = null;
      if (back?.isConnected) back.focus();
    } else {
      trigger.current = opener ?? null;
    }
    setActiveId(id);
  }, []);

  useEffect(
    () =>
      subscribe((event) => {
        switch (event.type) {
          case "resync":
            refresh();
            return;
          case "highlight.changed":
            setState((current) => ({ popular: event.popular, highlights: applyChange(current.highlights, event.id, event.highlight, viewerId) }));
            return;
          // A note's reply count changed.
          case "comment.created":
            if (event.comment.highlightId) refresh();
            return;
          case "comment.deleted":
            if (event.highlightId) refresh();
            return;
        }
      }),
    [subscribe, refresh, viewerId],
  );

  const create = useCallback<HighlightContextValue["create"]>(
    async (selectors, options) => {
      const highlight = await api.createHighlight(slug, { selectors, ...options });
      setState((current) => ({ ...current, highlights: upsert(current.highlights, highlight) }));
      // The popular shading counts public highlights on the server.
      if (highlight.visibility === "public") refresh();
      return highlight;
    },
    [slug, refresh],
  );

  const update = useCallback<HighlightContextValue["update"]>(
    async (id, change) => {
      const highlight = await api.updateHighlight(id, change);
      setState((current) => ({ ...current, highlights: upsert(current.highlights, highlight) }));
      if (change.visibility) refresh();
      return highlight;
    },
    [refresh],
  );

  const remove = useCallback<HighlightContextValue["remove"]>(
    async (id) => {
      await api.deleteHighlight(id);
      setState((current) => ({ ...current, highlights: current.highlights.filter((item) => item.id !== id) }));
      refresh();
    },
    [refresh],
  );

  const value = useMemo<HighlightContextValue>(
    () => ({ slug, ...state, hideOthers, setHideOthers, create, update, remove, refresh, activeId, openPopover }),
    [slug, state, hideOthers, setHideOthers, create, update, remove, refresh, activeId, openPopover],
  );
  return <HighlightContext value={value}>{children}</HighlightContext>;
}
