/**
 * The notifications page tells the header badge when it marked something read,
 * so the badge does not wait for its next poll. A DOM event: the two live in
 * different parts of the tree (the header is a server component).
 */
const UNREAD_CHANGED = "marginalia:unread-changed";

export function announceUnread(unread: number): void {
  window.dispatchEvent(new CustomEvent<number>(UNREAD_CHANGED, { detail: unread }));
}

export function onUnreadChanged(listener: (unread: number) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<number>).detail);
  window.addEventListener(UNREAD_CHANGED, handle);
  return () => window.removeEventListener(UNREAD_CHANGED, handle);
}

const UNREAD_STALE = "marginalia:unread-stale";

/** Something that probably notified the reader just happened (a live reply to them): re-check now. */
export function requestUnreadRefresh(): void {
  window.dispatchEvent(new Event(UNREAD_STALE));
}

export function onUnreadStale(listener: () => void): () => void {
  window.addEventListener(UNREAD_STALE, listener);
  return () => window.removeEventListener(UNREAD_STALE, listener);
}
