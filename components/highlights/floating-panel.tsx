"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { placeFloating, type Box } from "@/components/highlights/floating-position";

/**
 * A small panel floating beside a passage (the selection toolbar, a
 * highlight's popover): measured, then placed by placeFloating, following the
 * passage on scroll and resize. Escape inside it calls onEscape and goes no
 * further, so an open thread panel behind it stays open.
 */
export function FloatingPanel({
  target,
  prefer,
  onEscape,
  children,
  label,
  role,
  testId,
  className = "",
}: {
  /** The passage's box now; called again on scroll and resize. */
  target: () => Box | null;
  prefer: "above" | "below";
  onEscape: () => void;
  children: ReactNode;
  label: string;
  role: "toolbar" | "dialog";
  testId: string;
  className?: string;
}) {
  const panel = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const targetRef = useRef(target);
  useLayoutEffect(() => {
    targetRef.current = target;
  });

  useLayoutEffect(() => {
    const update = () => {
      const box = targetRef.current();
      const element = panel.current;
      if (!box || !element) return;
      const { width, height } = element.getBoundingClientRect();
      const next = placeFloating(box, { width, height }, { width: document.documentElement.clientWidth, height: window.innerHeight }, prefer);
      setPlace((current) => (current && current.left === next.left && current.top === next.top ? current : { left: next.left, top: next.top }));
    };
    update();
    const observer = new ResizeObserver(update);
    if (panel.current) observer.observe(panel.current);
    window.addEventListener("scroll", update, { passive: true, capture: true });
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", update, { capture: true });
      window.removeEventListener("resize", update);
    };
  }, [prefer]);

  return (
    <div
      ref={panel}
      role={role}
      aria-label={label}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key !== "Escape" || event.nativeEvent.isComposing) return;
        event.preventDefault();
        event.stopPropagation();
        onEscape();
      }}
      style={place ? { left: place.left, top: place.top } : { left: 0, top: 0, visibility: "hidden" }}
      className={`fixed z-40 max-w-[calc(100vw-1rem)] rounded-xl border border-black/10 bg-white text-ink shadow-lg ${className}`}
    >
      {children}
    </div>
  );
}
