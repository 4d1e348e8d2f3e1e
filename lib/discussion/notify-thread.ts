import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isThreadVisible, THREAD_HIGHLIGHT_SELECT } from "@/lib/discussion/comment-visibility";
import { findMentions } from "@/lib/discussion/mentions";

/**
 * In-app notifications for a new or edited comment, inside its transaction:
 * a reply notifies the author of the comment answered; "@name" notifies
 * people who took part in the same thread (only they can be mentioned, so a
 * name cannot be used to ping strangers). Nobody is notified of their own
 * comment, and someone notified of the reply is not notified again of a
 * mention in it. Re-notifying (an edit that keeps a mention) is a no-op.
 * Only who may see the thread is notified: in a private note's thread, nobody
 * but its owner.
 */
export async function notifyThread(
  tx: Prisma.TransactionClient,
  comment: { id: string; authorId: string; rootId: string | null; highlightId: string | null; body: string },
  options: { replyRecipientId: string | null; notifyReply: boolean },
): Promise<void> {
  const highlight = comment.highlightId
    ? await tx.highlight.findUniqueOrThrow({ where: { id: comment.highlightId }, select: THREAD_HIGHLIGHT_SELECT.highlight.select })
    : null;
  const sees = (userId: string) => isThreadVisible(highlight, userId);
  const threadId = comment.rootId ?? comment.id;
  const participants = await tx.comment.findMany({
    where: { OR: [{ id: threadId }, { rootId: threadId }], status: "PUBLISHED", authorId: { not: comment.authorId } },
    distinct: ["authorId"],
    select: { author: { select: { id: true, name: true } } },
  });
  const named = participants.flatMap(({ author }) => (author.name ? [{ id: author.id, name: author.name }] : []));
  const recipient = options.replyRecipientId;
  const reply = recipient !== null && recipient !== comment.authorId && sees(recipient) ? recipient : null;
  const mentioned = findMentions(comment.body, named).filter((userId) => userId !== reply && sees(userId));

  const rows: Prisma.NotificationCreateManyInput[] = mentioned.map((userId) => ({
    userId,
    actorId: comment.authorId,
    kind: "MENTION",
    commentId: comment.id,
  }));
  if (reply && options.notifyReply) rows.push({ userId: reply, actorId: comment.authorId, kind: "REPLY", commentId: comment.id });
  if (rows.length > 0) await tx.notification.createMany({ data: rows, skipDuplicates: true });
}
