import "server-only";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import type { ThreadPageDto } from "@/lib/api/comment-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT, toCommentViewer, toThreadDto } from "@/lib/discussion/comment-dto";
import { visibleCommentsWhere } from "@/lib/discussion/comment-visibility";
import { createComment, type CreatedComment, type NoteTarget } from "@/lib/discussion/create-comment";
import { findVisibleHighlight } from "@/lib/highlights/find-highlight";
import { findNoteRows } from "@/lib/highlights/load-notes";

/**
 * A note's thread: the note (the highlight's root comment) with all its
 * visible replies oldest first, in the shape of a page of paragraph threads
 * (one thread, or none for a plain highlight). Only who may see the
 * highlight may see its thread: a private note's thread is its owner's alone.
 */
export async function listNoteThread(options: { id: string; viewer: CurrentUser | null; db?: PrismaClient; now?: Date }): Promise<ThreadPageDto> {
  const { id, db = getDb() } = options;
  const viewerId = options.viewer?.id ?? null;
  await findVisibleHighlight(db, id, viewerId);
  const root = (await findNoteRows(db, [id], viewerId)).get(id);
  if (!root) return { threads: [], nextCursor: null };
  const replies = await db.comment.findMany({
    where: { rootId: root.id, ...visibleCommentsWhere(viewerId) },
    select: COMMENT_SELECT,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const liked = viewerId
    ? await db.commentLike.findMany({
        where: { userId: viewerId, commentId: { in: [root.id, ...replies.map((reply) => reply.id)] } },
        select: { commentId: true },
      })
    : [];
  const viewer = toCommentViewer(options.viewer, options.now ?? new Date());
  return { threads: [toThreadDto(root, replies, viewer, new Set(liked.map((like) => like.commentId)))], nextCursor: null };
}

/** A highlight has one note: a new one only where none is left (a deleted note with replies still counts). */
async function checkNoNote(tx: Prisma.TransactionClient, actor: ActiveUser, ownerId: string, id: string): Promise<void> {
  if (ownerId !== actor.id) throw new AppError("forbidden", "Only its owner can write the note.");
  const existing = await tx.comment.count({
    where: { highlightId: id, parentId: null, OR: [{ status: { not: "DELETED" } }, { replyCount: { gt: 0 } }] },
  });
  if (existing > 0) throw new AppError("conflict", "This highlight already has a note.");
}

/**
 * Where a comment on highlight `id` may go, checked inside the comment's
 * transaction with the highlight locked (so it cannot turn private or be
 * deleted meanwhile): `root` is the note itself, which only the owner writes,
 * once; replies need a public highlight the actor can see.
 */
export function noteTarget(actor: ActiveUser, id: string, kind: "root" | "reply"): NoteTarget {
  return {
    highlightId: id,
    resolve: async (tx: Prisma.TransactionClient) => {
      if (kind === "root") await tx.$queryRaw`SELECT 1 FROM "Highlight" WHERE "id" = ${id} FOR UPDATE`;
      else await tx.$queryRaw`SELECT 1 FROM "Highlight" WHERE "id" = ${id} FOR SHARE`;
      const highlight = await findVisibleHighlight(tx, id, actor.id);
      if (kind === "root") await checkNoNote(tx, actor, highlight.userId, id);
      if (kind === "reply" && highlight.visibility !== "PUBLIC") {
        throw new AppError("conflict", "A private note takes no replies; make it public first.");
      }
      return { articleId: highlight.articleId, highlightId: id };
    },
  };
}

/**
 * Replies in a public note's thread, through the discussion's createComment
 * (nesting, counters, notifications, moderation, idempotency and live events
 * as for paragraph comments). Without parentId it answers the note itself.
 */
export async function createNoteReply(options: {
  actor: ActiveUser;
  id: string;
  body: string;
  parentId?: string;
  idempotencyKey?: string;
  db?: PrismaClient;
  now?: Date;
}): Promise<CreatedComment> {
  const { actor, id, db = getDb() } = options;
  const highlight = await findVisibleHighlight(db, id, actor.id);
  let parentId = options.parentId;
  if (parentId === undefined) {
    const note = (await findNoteRows(db, [id], actor.id)).get(id);
    if (!note || note.status !== "PUBLISHED") throw new AppError("conflict", "This highlight has no note to reply to.");
    parentId = note.id;
  }
  return createComment({
    actor,
    slug: highlight.article.slug,
    anchor: null,
    parentId,
    body: options.body,
    idempotencyKey: options.idempotencyKey,
    note: noteTarget(actor, id, "reply"),
    db,
    now: options.now,
  });
}
