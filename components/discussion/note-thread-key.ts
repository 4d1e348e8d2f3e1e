/**
 * A note's discussion opens in the thread panel like a block's, named in the
 * URL as ?thread=note-<highlight id>; block anchors never start with "note-".
 */
const PREFIX = "note-";

export function noteThreadKey(highlightId: string): string {
  return `${PREFIX}${highlightId}`;
}

export function noteIdOf(threadKey: string | null): string | null {
  return threadKey?.startsWith(PREFIX) ? threadKey.slice(PREFIX.length) || null : null;
}
