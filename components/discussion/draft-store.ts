"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * Unsent comment text per thread, kept in sessionStorage so a reload, an error
 * or a sign-in round trip never loses it. Each draft carries the idempotency
 * key its post will use: a retry of the same draft reuses it, and a successful
 * post clears the draft, so the next one gets a new key.
 */
export type Draft = { body: string; key: string | null };

const EMPTY: Draft = { body: "", key: null };
const PREFIX = "marginalia:draft:";
const cache = new Map<string, Draft>();
const listeners = new Set<() => void>();

function read(key: string): Draft {
  const cached = cache.get(key);
  if (cached) return cached;
  let draft = EMPTY;
  try {
    const stored = window.sessionStorage.getItem(PREFIX + key);
    const parsed = stored ? (JSON.parse(stored) as Partial<Draft>) : null;
    if (parsed && typeof parsed.body === "string") draft = { body: parsed.body, key: typeof parsed.key === "string" ? parsed.key : null };
  } catch {
    // Storage may be disabled (private mode); the draft then lives in memory only.
  }
  cache.set(key, draft);
  return draft;
}

function write(key: string, draft: Draft): void {
  cache.set(key, draft);
  try {
    if (draft.body === "" && draft.key === null) window.sessionStorage.removeItem(PREFIX + key);
    else window.sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Full or disabled storage: keeping it in memory is the best we can do.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A UUID v4; crypto.randomUUID only exists on HTTPS (and localhost), getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function useDraft(key: string) {
  const draft = useSyncExternalStore(
    subscribe,
    () => read(key),
    () => EMPTY,
  );
  const setBody = useCallback((body: string) => write(key, { ...read(key), body }), [key]);
  /** The key for posting this draft now: the one a failed attempt already used, or a new one. */
  const claimKey = useCallback(() => {
    const current = read(key);
    if (current.key) return current.key;
    const fresh = newIdempotencyKey();
    write(key, { ...current, key: fresh });
    return fresh;
  }, [key]);
  const clear = useCallback(() => write(key, EMPTY), [key]);
  return { body: draft.body, setBody, claimKey, clear };
}
