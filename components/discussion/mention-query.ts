/** @mention autocomplete on a plain textarea: which "@query" the caret is in, and what picking a name does. */

export type MentionQuery = { start: number; query: string };

const MAX_QUERY = 30;
// "@" right after a Latin letter or digit is an e-mail address, not a mention; after CJK text it is a mention.
const WORD_BEFORE = /[A-Za-z0-9._%+-]$/;

/** The "@…" being typed at `caret` (UTF-16 offsets, as the textarea reports them), or null. */
export function activeMention(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  const query = before.slice(at + 1);
  if (/\s/.test(query) || Array.from(query).length > MAX_QUERY) return null;
  if (WORD_BEFORE.test(before.slice(0, at))) return null;
  return { start: at, query };
}

/** Names matching the query, those starting with it first; case-insensitive. */
export function matchParticipants<T extends { name: string }>(candidates: readonly T[], query: string, limit = 6): T[] {
  const needle = query.toLocaleLowerCase();
  const scored = candidates
    .map((candidate) => ({ candidate, at: candidate.name.toLocaleLowerCase().indexOf(needle) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => Number(a.at !== 0) - Number(b.at !== 0));
  return scored.slice(0, limit).map(({ candidate }) => candidate);
}

/** Replaces the "@query" with "@name " and says where the caret goes. */
export function insertMention(text: string, caret: number, mention: MentionQuery, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  const after = text.slice(caret).replace(/^ /, "");
  return { text: text.slice(0, mention.start) + inserted + after, caret: mention.start + inserted.length };
}
