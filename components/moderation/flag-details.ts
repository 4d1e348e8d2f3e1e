/** A stored moderation flag as the queue shows it: what put the comment there, and its particulars. */
export type FlagDetails = { kind: string; count: number | null; terms: string[]; rule: string | null };

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): string[] => {
    if (typeof item === "string") return [item];
    if (item && typeof item === "object") {
      const { term, entry } = item as { term?: unknown; entry?: unknown };
      if (typeof term === "string") return [term];
      if (typeof entry === "string") return [entry];
    }
    return [];
  });
}

/**
 * Reads a flag whatever its kind wrote: a count (reports), the words that
 * matched (word filter), the rule that held it (pre-moderation). Unknown
 * fields are ignored; an unknown kind still shows its name.
 */
export function flagDetails(flag: { kind: string } & Record<string, unknown>): FlagDetails {
  const terms = [...new Set([...strings(flag.terms), ...strings(flag.words), ...strings(flag.hits)])];
  const rule = typeof flag.rule === "string" ? flag.rule : null;
  return { kind: flag.kind, count: typeof flag.count === "number" ? flag.count : null, terms, rule };
}
