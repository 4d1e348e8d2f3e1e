import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { COMMENTABLE_DB_KINDS } from "@/lib/discussion/commentable-blocks";
import { publishCommentDeleted } from "@/lib/discussion/comment-events";
import { lockOwnHighlight } from "@/lib/highlights/find-highlight";
import type { HighlightRow } from "@/lib/highlights/highlight-dto";
import { lockArticleHighlights, publishHighlightDeleted } from "@/lib/highlights/highlight-events";

/**
 * The paragraph discussion a note's thread joins when its highlight goes:
 * the block the quote started in, if it is a current commentable block, else
 * the article-wide discussion.
 */
async function destinationAnchor(tx: Prisma.TransactionClient, highlight: HighlightRow): Promise<string | null> {
  const block = await tx.block.findUnique({
    where: { articleId_anchor: { articleId: highlight.articleId, anchor: highlight.startAnchor } },
    select: { kind: true, removedAt: true },
  });
  return block && block.removedAt === null && COMMENTABLE_DB_KINDS.includes(block.kind) ? highlight.startAnchor : null;
}

/**
 * Keeps others' replies when the highlight under them is deleted: the note
 * is deleted as any comment is (body kept as a revision for moderators, a
 * "此评论已删除" placeholder while replies hang below it), and the thread moves
 * to the paragraph discussion of the block the quote started in, where it
 * goes on like any paragraph thread.
 */
async function moveThreadToParagraph(tx: Prisma.TransactionClient, highlight: HighlightRow, now: Date): Promise<void> {
  const anchor = await destinationAnchor(tx, highlight);
  const roots = await tx.comment.findMany({
    where: { highlightId: highlight.id, parentId: null },
    select: { id: true, body: true, status: true, replyCount: true },
  });
  for (const root of roots.filter((candidate) => candidate.status !== "DELETED")) {
    await tx.commentRevision.create({ data: { commentId: root.id, body: root.body, createdAt: now } });
    await tx.comment.update({ where: { id: root.id }, data: { status: "DELETED", body: "", deletedAt: now } });
    await tx.notification.deleteMany({ where: { commentId: root.id } });
  }
  await tx.comment.updateMany({ where: { highlightId: highlight.id }, data: { highlightId: null, anchor } });
  // Tells the paragraph's readers its count changed (the thread arrives with their next load).
  for (const root of roots) {
    await publishCommentDeleted(tx, highlight.articleId, {
      id: root.id,
      anchor,
      highlightId: null,
      rootId: root.id,
      parentId: null,
      keepsPlaceholder: root.replyCount > 0,
    });
  }
}

/**
 * Deletes the actor's highlight with its note. If other readers replied to
 * the note, their replies are never lost: the thread moves to the paragraph
 * discussion under the deleted note's placeholder (moveThreadToParagraph).
 * Otherwise the note and the owner's own replies go with the highlight.
 */
export async function deleteHighlight(options: { actor: ActiveUser; id: string; db?: PrismaClient; now?: Date }): Promise<void> {
  const { actor, id, db = getDb() } = options;
  const now = options.now ?? new Date();
  await db.$transaction(async (tx) => {
    const highlight = await lockOwnHighlight(tx, actor, id);
    await lockArticleHighlights(tx, highlight.articleId);
    const othersComments = await tx.comment.count({ where: { highlightId: id, authorId: { not: actor.id }, status: { not: "DELETED" } } });
    if (othersComments > 0) await moveThreadToParagraph(tx, highlight, now);
    await tx.highlight.delete({ where: { id } });
    if (highlight.visibility === "PUBLIC" && highlight.orphanedAt === null) await publishHighlightDeleted(tx, highlight.articleId, id);
  });
}
