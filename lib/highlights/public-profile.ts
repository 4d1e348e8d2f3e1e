import "server-only";
import type { CommentAuthorSchema } from "@/lib/api/comment-schemas";
import type { MyHighlightDto } from "@/lib/api/highlight-schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import { toNeutralCommentDto } from "@/lib/discussion/comment-dto";
import { HIGHLIGHT_SELECT, toHighlightDto } from "@/lib/highlights/highlight-dto";
import { findNoteRows } from "@/lib/highlights/load-notes";

export type PublicProfile = {
  user: z.infer<typeof CommentAuthorSchema>;
  /** Their public notes anchored in the current text, newest first. */
  notes: MyHighlightDto[];
};

/**
 * /users/<id>: what anyone may see of a reader, the page the W3C export's
 * creator ids point to. Only public notes with a published note body.
 */
export async function getPublicProfile(options: { id: string; limit: number; db?: PrismaClient }): Promise<PublicProfile> {
  const { id, limit, db = getDb() } = options;
  const user = await db.user.findUnique({ where: { id }, select: { id: true, name: true, image: true } });
  if (!user) throw new AppError("not_found", "No reader with that id.");
  const rows = await db.highlight.findMany({
    where: { userId: id, visibility: "PUBLIC", orphanedAt: null, comments: { some: { parentId: null, status: "PUBLISHED" } } },
    select: HIGHLIGHT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  const notes = await findNoteRows(
    db,
    rows.map((row) => row.id),
    null,
  );
  return {
    user: { id: user.id, name: user.name ?? "读者", image: user.image },
    notes: rows.flatMap((row) => {
      const note = notes.get(row.id);
      return note?.status === "PUBLISHED" ? [{ ...toHighlightDto(row, null, toNeutralCommentDto(note)), articleTitle: row.article.title }] : [];
    }),
  };
}
