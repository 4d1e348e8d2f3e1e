"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { documentText } from "@/lib/anchoring/document-text";
import { reanchor } from "@/lib/anchoring/reanchor";
import { useRequiredDiscussion } from "@/components/discussion/discussion-provider";
import { HighlightPopover } from "@/components/highlights/highlight-popover";
import { useHighlights } from "@/components/highlights/highlight-provider";
import { noteThreadKey } from "@/components/discussion/note-thread-key";
import { highlightsAt, LAYER_NAMES, paintLayers, popularAt, type Span } from "@/components/highlights/paint-layers";
import { readPassage, withoutPassage } from "@/lib/highlights/passage-link";
import { articleRoot, offsetAtPoint, pageBlocks, paint, spanRect, unpaint } from "@/components/highlights/page-text";

const FLASHES = 3;
const FLASH_MS = 220;

/** The passage a shared link names, found again in the current text; null when the URL names none or it is gone. */
function linkedPassage(root: Element): Span | null {
  const selectors = readPassage(window.location.search, window.location.hash);
  if (!selectors) return null;
  const result = reanchor(documentText(pageBlocks(root)), selectors);
  return result.status === "anchored" ? { start: result.start, end: result.end } : null;
}

/**
 * A passage link opens the page scrolled to the passage, which flashes and
 * stays marked until the reader clicks or types: then the link's parameters
 * leave the URL, so a reload keeps the reader where they are.
 */
function usePassageFromLink(): Span | null {
  const [passage, setPassage] = useState<Span | null>(null);
  useEffect(() => {
    const dismiss = () => {
      setPassage(null);
      const { pathname, search, hash } = window.location;
      window.history.replaceState(window.history.state, "", `${pathname}${withoutPassage(search)}${hash}`);
    };
    // A task after the first render, not an animation frame: frames never come while the tab is in the background.
    const timer = setTimeout(() => {
      const root = articleRoot();
      const found = root ? linkedPassage(root) : null;
      if (!root || !found) return;
      setPassage(found);
      const rect = spanRect(root, found);
      if (rect) window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "instant" });
      window.addEventListener("pointerdown", dismiss, { once: true });
      window.addEventListener("keydown", dismiss, { once: true });
    });
    return () => {
      clearTimeout(timer);
      window.removeEventListener("pointerdown", dismiss);
      window.removeEventListener("keydown", dismiss);
    };
  }, []);
  return passage;
}

/** Blinks the passage layer a few times on arrival, ending painted. */
function useFlash(passage: Span | null): boolean {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    if (!passage || window.matchMedia("(prefers-reduced-motion: reduce)").matches) return;
    let count = 0;
    const timer = setInterval(() => {
      count += 1;
      setVisible(count % 2 === 0);
      if (count >= FLASHES * 2) clearInterval(timer);
    }, FLASH_MS);
    return () => clearInterval(timer);
  }, [passage]);
  return visible;
}

type Tip = { x: number; y: number; count: number };

/**
 * Paints the article's highlights over the text (CSS Custom Highlight API:
 * no element is added to the article, so selection, copy and layout are the
 * text's own), and makes them respond: a click on my highlight opens its
 * popover, on another reader's note its discussion; hovering a popular
 * passage tells how many readers highlighted it.
 */
export function HighlightLayer() {
  const t = useTranslations("highlights");
  const { highlights, popular, hideOthers, activeId, openPopover } = useHighlights();
  const { openThread } = useRequiredDiscussion();
  const passage = usePassageFromLink();
  const flashVisible = useFlash(passage);
  const [tip, setTip] = useState<Tip | null>(null);
  const layers = useMemo(
    () => paintLayers({ highlights, popular, hideOthers, passage: flashVisible ? passage : null }),
    [highlights, popular, hideOthers, passage, flashVisible],
  );

  useEffect(() => {
    const root = articleRoot();
    if (root) paint(root, layers);
  }, [layers]);
  useEffect(() => () => unpaint(LAYER_NAMES), []);

  // The latest state for the listeners below, which stay attached.
  const latest = useRef({ highlights, popular, hideOthers });
  useEffect(() => {
    latest.current = { highlights, popular, hideOthers };
  }, [highlights, popular, hideOthers]);

  useEffect(() => {
    const root = articleRoot();
    if (!root) return;
    const onClick = (event: MouseEvent) => {
      if (!document.getSelection()?.isCollapsed || (event.target as Element).closest("a, button")) return;
      const offset = offsetAtPoint(root, event.clientX, event.clientY);
      if (offset === null) return;
      const [hit] = highlightsAt(latest.current.highlights, offset, latest.current.hideOthers);
      if (!hit) return;
      if (hit.isMine) openPopover(hit.id);
      else openThread(noteThreadKey(hit.id));
    };
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const offset = offsetAtPoint(root, event.clientX, event.clientY);
        const { highlights: list, popular: passages, hideOthers: hidden } = latest.current;
        root.style.cursor = offset !== null && highlightsAt(list, offset, hidden).length > 0 ? "pointer" : "";
        const hot = offset === null || hidden ? null : popularAt(passages, offset);
        setTip(hot ? { x: event.clientX, y: event.clientY, count: hot.count } : null);
      });
    };
    const onLeave = () => {
      cancelAnimationFrame(frame);
      setTip(null);
    };
    root.addEventListener("click", onClick);
    root.addEventListener("mousemove", onMove);
    root.addEventListener("mouseleave", onLeave);
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener("click", onClick);
      root.removeEventListener("mousemove", onMove);
      root.removeEventListener("mouseleave", onLeave);
    };
  }, [openThread, openPopover]);

  // The popover follows the highlight's latest state (a note added, made public).
  const current = activeId ? highlights.find((item) => item.id === activeId) : undefined;
  return (
    <>
      {tip && (
        <div
          role="tooltip"
          data-testid="popular-tip"
          style={{ left: tip.x, top: tip.y + 18 }}
          className="pointer-events-none fixed z-40 -translate-x-1/2 rounded-md bg-ink px-2 py-1 text-xs text-paper shadow"
        >
          {t("popularCount", { count: tip.count })}
        </div>
      )}
      {current && <HighlightPopover key={current.id} highlight={current} onClose={() => openPopover(null)} />}
    </>
  );
}
