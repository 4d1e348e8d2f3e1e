import "server-only";
import type { HighlightDto, UpdateHighlightInput } from "@/lib/api/highlight-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createComment } from "@/lib/discussion/create-comment";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { editComment } from "@/lib/discussion/edit-comment";
import { loadHighlightDto } from "@/lib/highlights/create-highlight";
import { findVisibleHighlight, lockOwnHighlight } from "@/lib/highlights/find-highlight";
import { HIGHLIGHT_SELECT } from "@/lib/highlights/highlight-dto";
import { lockArticleHighlights, publishHighlightChanged } from "@/lib/highlights/highlight-events";
import { findNoteRows } from "@/lib/highlights/load-notes";
import { noteTarget } from "@/lib/highlights/note-thread";
import { screenNotePublication } from "@/lib/moderation/screen-comment";

type Visibility = NonNullable<UpdateHighlightInput["visibility"]>;

/**
 * Makes the actor's highlight public or private. Made private, its thread is
 * the owner's alone again: others' replies are kept, hidden, and come back if
 * it is made public again. Announced as highlight.updated.
 */
async function setVisibility(db: PrismaClient, actor: ActiveUser, id: string, visibility: Visibility): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await lockOwnHighlight(tx, actor, id);
    const wanted = visibility === "public" ? "PUBLIC" : "PRIVATE";
    if (current.visibility === wanted) return;
    // Written while private, the note was screened only for rate; now it faces the rest.
    if (wanted === "PUBLIC") await screenNotePublication(tx, actor, id);
    await lockArticleHighlights(tx, current.articleId);
    const row = await tx.highlight.update({ where: { id }, data: { visibility: wanted }, select: HIGHLIGHT_SELECT });
    await publishHighlightChanged(tx, "highlight.updated", row);
  });
}

/** Writes, rewrites (body) or deletes (null) the note through the discussion's comment services. */
async function changeNote(db: PrismaClient, actor: ActiveUser, id: string, body: string | null, now: Date | undefined): Promise<void> {
  const note = (await findNoteRows(db, [id], actor.id)).get(id);
  if (body === null) {
    if (note && note.status !== "DELETED") await deleteComment({ actor, id: note.id, db, now });
    return;
  }
  if (note?.status === "DELETED") throw new AppError("conflict", "The deleted note still has replies; it cannot be written again.");
  if (note) {
    await editComment({ actor, id: note.id, body, db, now });
    return;
  }
  const highlight = await findVisibleHighlight(db, id, actor.id);
  await createComment({ actor, slug: highlight.article.slug, anchor: null, body, note: noteTarget(actor, id, "root"), db, now });
}

/**
 * The owner changes visibility and/or the note. Each part commits on its own
 * (the note goes through the comment services, which own their
 * transactions), ordered so that nothing is announced to others that is
 * private by the end: going private happens first, going public last.
 */
export async function updateHighlight(options: {
  actor: ActiveUser;
  id: string;
  input: UpdateHighlightInput;
  db?: PrismaClient;
  now?: Date;
}): Promise<HighlightDto> {
  const { actor, id, input, db = getDb() } = options;
  const current = await findVisibleHighlight(db, id, actor.id);
  if (current.userId !== actor.id) throw new AppError("forbidden", "Only its owner can change a highlight.");
  if (input.visibility === "private") await setVisibility(db, actor, id, "private");
  if (input.note !== undefined) await changeNote(db, actor, id, input.note, options.now);
  if (input.visibility === "public") await setVisibility(db, actor, id, "public");
  return loadHighlightDto(db, id, actor, options.now);
}
