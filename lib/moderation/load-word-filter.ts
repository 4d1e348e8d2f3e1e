import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compileWordFilter, type WordFilter } from "@/lib/moderation/word-filter";

type Compiled = { fingerprint: string; filter: WordFilter };

// Per process: compiling the automata is the costly part, so it happens once
// per version of the lists; every instance notices a change on its next read.
let compiled: Compiled | null = null;

/**
 * The word filter for the lists as they are now. A fingerprint of both lists
 * (one aggregate over their rows) is read every time, so a word an admin adds
 * or removes in any instance applies to the very next comment everywhere; the
 * rows themselves are read and compiled only when it changes.
 */
export async function loadWordFilter(db: Prisma.TransactionClient): Promise<WordFilter> {
  const [version] = await db.$queryRaw<{ fingerprint: string | null }[]>`
    SELECT md5(string_agg("kind" || ':' || "normalized", E'\n' ORDER BY "normalized")) AS fingerprint FROM "WordEntry"`;
  const fingerprint = version?.fingerprint ?? "empty";
  if (compiled?.fingerprint === fingerprint) return compiled.filter;
  const entries = await db.wordEntry.findMany({ select: { term: true, kind: true } });
  const filter = compileWordFilter({
    blocked: entries.filter((entry) => entry.kind === "BLOCKED").map((entry) => entry.term),
    suspect: entries.filter((entry) => entry.kind === "SUSPECT").map((entry) => entry.term),
  });
  compiled = { fingerprint, filter };
  return filter;
}
