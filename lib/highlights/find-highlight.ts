import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { HIGHLIGHT_SELECT, isHighlightVisible, type HighlightRow } from "@/lib/highlights/highlight-dto";

const notFound = () => new AppError("not_found", "No highlight with that id.");

/** The highlight if the viewer may see it; 404 otherwise (others' private highlights do not exist for them). */
export async function findVisibleHighlight(db: PrismaClient | Prisma.TransactionClient, id: string, viewerId: string | null): Promise<HighlightRow> {
  const row = await db.highlight.findUnique({ where: { id }, select: HIGHLIGHT_SELECT });
  if (!row || !isHighlightVisible(row, viewerId)) throw notFound();
  return row;
}

/**
 * The actor's own highlight, locked until the transaction ends so that
 * changes to it apply one after the other: 404 when the actor may not see
 * it, 403 when it is someone else's public highlight.
 */
export async function lockOwnHighlight(tx: Prisma.TransactionClient, actor: ActiveUser, id: string): Promise<HighlightRow> {
  await tx.$queryRaw`SELECT 1 FROM "Highlight" WHERE "id" = ${id} FOR UPDATE`;
  const row = await findVisibleHighlight(tx, id, actor.id);
  if (row.userId !== actor.id) throw new AppError("forbidden", "Only its owner can change a highlight.");
  return row;
}
