import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient, WordEntry, WordListKind } from "@/lib/generated/prisma/client";
import type { AddWordsResult, WordEntryDto } from "@/lib/api/moderation-schemas";
import { recordAudit } from "@/lib/moderation/audit-log";
import { assertAdmin, auditActor } from "@/lib/moderation/moderation-roles";
import { validateWordEntry } from "@/lib/moderation/word-filter";

function toWordEntryDto(entry: WordEntry): WordEntryDto {
  return { id: entry.id, term: entry.term, normalized: entry.normalized, kind: entry.kind, createdAt: entry.createdAt.toISOString() };
}

/** Both lists, blocked first, each alphabetically by normalised form. */
export async function listWordEntries(options: { actor: ActiveUser; db?: PrismaClient }): Promise<WordEntryDto[]> {
  const { actor, db = getDb() } = options;
  assertAdmin(actor);
  const entries = await db.wordEntry.findMany({ orderBy: [{ kind: "asc" }, { normalized: "asc" }] });
  return entries.map(toWordEntryDto);
}

/**
 * Adds terms to a list. Each term is checked on its own: the valid ones are
 * added, the others come back with why (empty, too long, invisible only, or
 * already listed in either list under the same normalised form).
 */
export async function addWordEntries(options: { actor: ActiveUser; kind: WordListKind; terms: readonly string[]; db?: PrismaClient }): Promise<AddWordsResult> {
  const { actor, kind, db = getDb() } = options;
  assertAdmin(actor);
  const rejected: AddWordsResult["rejected"] = [];
  const candidates = new Map<string, string>();
  for (const term of options.terms) {
    const validation = validateWordEntry(term);
    if (!validation.ok) rejected.push({ term, error: validation.error });
    else if (candidates.has(validation.entry)) rejected.push({ term, error: "duplicate" });
    else candidates.set(validation.entry, term.trim());
  }
  const added = await db.$transaction(async (tx) => {
    // Serialises adders, so two admins adding the same word get one entry and one "duplicate".
    await tx.$executeRaw`LOCK TABLE "WordEntry" IN SHARE ROW EXCLUSIVE MODE`;
    const existing = await tx.wordEntry.findMany({ where: { normalized: { in: [...candidates.keys()] } }, select: { normalized: true } });
    const listed = new Set(existing.map((entry) => entry.normalized));
    const created: WordEntry[] = [];
    for (const [normalized, term] of candidates) {
      if (listed.has(normalized)) {
        rejected.push({ term, error: "duplicate" });
        continue;
      }
      const entry = await tx.wordEntry.create({ data: { term, normalized, kind, createdById: actor.id } });
      await recordAudit(tx, { actor: auditActor(actor), action: "word.add", targetType: "word", targetId: entry.id, after: { term, normalized, kind } });
      created.push(entry);
    }
    return created;
  });
  return { added: added.map(toWordEntryDto), rejected };
}

export async function removeWordEntry(options: { actor: ActiveUser; id: string; db?: PrismaClient }): Promise<void> {
  const { actor, id, db = getDb() } = options;
  assertAdmin(actor);
  await db.$transaction(async (tx) => {
    const entry = await tx.wordEntry.findUnique({ where: { id } });
    if (!entry) throw new AppError("not_found", "No word entry with that id.");
    await tx.wordEntry.delete({ where: { id } });
    await recordAudit(tx, {
      actor: auditActor(actor),
      action: "word.remove",
      targetType: "word",
      targetId: id,
      before: { term: entry.term, normalized: entry.normalized, kind: entry.kind },
    });
  });
}
