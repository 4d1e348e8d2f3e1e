import "server-only";
import type { MyHighlightPageDto } from "@/lib/api/highlight-schemas";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toCommentViewer } from "@/lib/discussion/comment-dto";
import { decodeListCursor, encodeListCursor } from "@/lib/discussion/cursor";
import { HIGHLIGHT_SELECT, toMyHighlightDto } from "@/lib/highlights/highlight-dto";
import { loadNotes } from "@/lib/highlights/load-notes";

const LIST = "my-highlights";

/**
 * 我的笔记: the user's highlights and notes across articles, newest first, a
 * keyset page at a time (index userId, createdAt, id). Orphans are included
 * (orphaned: true, with originalExact) for the 无法定位 list. Suspended and
 * banned readers still see their own notes; signed out is a 401.
 */
export async function listMyHighlights(options: {
  user: CurrentUser | null;
  cursor?: string;
  limit: number;
  db?: PrismaClient;
  now?: Date;
}): Promise<MyHighlightPageDto> {
  const { user, limit, db = getDb() } = options;
  if (!user) throw new AppError("unauthorized", "Sign in first.");
  const cursor = options.cursor ? decodeListCursor(options.cursor, LIST) : null;
  const rows = await db.highlight.findMany({
    where: {
      userId: user.id,
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    select: HIGHLIGHT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const notes = await loadNotes(
    db,
    page.map((row) => row.id),
    toCommentViewer(user, options.now ?? new Date()),
  );
  return {
    highlights: page.map((row) => toMyHighlightDto(row, user.id, notes.get(row.id) ?? null)),
    nextCursor: rows.length > limit && last ? encodeListCursor(LIST, last) : null,
  };
}
