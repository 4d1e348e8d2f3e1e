"use client";

import { useCallback, useSyncExternalStore } from "react";

/** Per reader and browser: whether other readers' highlights (and the popular shading) are hidden. */
const KEY = "marginalia:hide-others-highlights";
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function useHideOthers(): [boolean, (hide: boolean) => void] {
  const hide = useSyncExternalStore(subscribe, read, () => false);
  const set = useCallback((next: boolean) => {
    try {
      if (next) window.localStorage.setItem(KEY, "1");
      else window.localStorage.removeItem(KEY);
    } catch {
      // Disabled storage: the choice cannot outlive the page, and nothing else depends on it.
    }
    for (const listener of listeners) listener();
  }, []);
  return [hide, set];
}
