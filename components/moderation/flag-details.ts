/** A stored moderation flag as the queue shows it: what put the comment there, and its particulars. */
export type FlagDetails = { kind: string; count: number | null; terms: string[]; rule: string | null };

/**
 * Reads a flag whatever its kind wrote (lib/moderation/screening-rules.ts and
 * report-comment.ts): the report count, the suspect words that matched, the
 * pre-moderation rule. Fields of the wrong type are ignored, and an unknown
 * kind still shows its name.
 */
export function flagDetails(flag: { kind: string } & Record<string, unknown>): FlagDetails {
  const terms = Array.isArray(flag.terms) ? flag.terms.filter((term): term is string => typeof term === "string") : [];
  return {
    kind: flag.kind,
    count: typeof flag.count === "number" ? flag.count : null,
    terms,
    rule: typeof flag.rule === "string" ? flag.rule : null,
  };
}
