import "server-only";
import type { CommentDto } from "@/lib/api/comment-schemas";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT, toCommentDto, type CommentRow, type CommentViewer } from "@/lib/discussion/comment-dto";
import { visibleCommentsWhere } from "@/lib/discussion/comment-visibility";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * The current note of each highlight, as rows: its newest root comment the
 * viewer may see (a deleted note only as a placeholder while replies hang
 * below it). One query for any number of highlights.
 */
export async function findNoteRows(db: Db, highlightIds: readonly string[], viewerId: string | null): Promise<Map<string, CommentRow>> {
  if (highlightIds.length === 0) return new Map();
  const roots = await db.comment.findMany({
    where: { highlightId: { in: [...highlightIds] }, parentId: null, ...visibleCommentsWhere(viewerId) },
    select: COMMENT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  const notes = new Map<string, CommentRow>();
  for (const root of roots) if (root.highlightId !== null && !notes.has(root.highlightId)) notes.set(root.highlightId, root);
  return notes;
}

/** findNoteRows as the viewer's DTOs, with their likes. */
export async function loadNotes(db: Db, highlightIds: readonly string[], viewer: CommentViewer | null): Promise<Map<string, CommentDto>> {
  const rows = await findNoteRows(db, highlightIds, viewer?.id ?? null);
  const liked = viewer
    ? await db.commentLike.findMany({
        where: { userId: viewer.id, commentId: { in: [...rows.values()].map((row) => row.id) } },
        select: { commentId: true },
      })
    : [];
  const likedIds = new Set(liked.map((like) => like.commentId));
  return new Map([...rows].map(([highlightId, row]) => [highlightId, toCommentDto(row, viewer, likedIds)]));
}
