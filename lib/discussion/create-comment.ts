import "server-only";
import type { CommentDto } from "@/lib/api/comment-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { COMMENT_SELECT, toCommentDto, toCommentViewer } from "@/lib/discussion/comment-dto";
import { publishCommentCreated } from "@/lib/discussion/comment-events";
import { findDiscussion } from "@/lib/discussion/find-discussion";
import { notifyThread } from "@/lib/discussion/notify-thread";
import { validCommentBody } from "@/lib/discussion/valid-comment-body";
import { screenNewComment } from "@/lib/moderation/screen-comment";

/** Replies nest visibly to the third level; deeper answers stay there, marked "回复 @name". */
export const MAX_DEPTH = 2;

export type CreatedComment = {
  comment: CommentDto;
  /** False when the idempotency key had already been used: the original comment, nothing new. */
  created: boolean;
};

/**
 * A note's thread instead of a block's or the article's discussion (anchor
 * null, highlightId set on every comment of it); lib/highlights decides who
 * may write there.
 */
export type NoteTarget = {
  /** The highlight, when it exists before the comment does (replies, a note added later). */
  highlightId: string | null;
  /** Inside the comment's transaction: checks (or creates) the highlight. */
  resolve: (tx: Prisma.TransactionClient) => Promise<{ articleId: string; highlightId: string }>;
};

type Placement = { parentId: string | null; rootId: string | null; depth: number; replyToUserId: string | null; answeredAuthorId: string | null };

/** Where a reply goes in the thread of the comment it answers. */
async function placeReply(
  tx: Prisma.TransactionClient,
  { articleId, anchor, highlightId }: { articleId: string; anchor: string | null; highlightId: string | null },
  answeredId: string,
): Promise<Placement> {
  const answered = await tx.comment.findUnique({
    where: { id: answeredId },
    select: { id: true, articleId: true, anchor: true, highlightId: true, parentId: true, rootId: true, depth: true, authorId: true, status: true, lockedAt: true },
  });
  if (!answered || answered.status !== "PUBLISHED") {
    throw new AppError("validation_failed", "The comment you are answering does not exist or was removed.", { parentId: ["unknown_parent"] });
  }
  if (answered.articleId !== articleId || answered.anchor !== anchor || answered.highlightId !== highlightId) {
    throw new AppError("validation_failed", "A reply belongs to the same discussion as the comment it answers.", {
      parentId: ["other_discussion"],
    });
  }
  const rootId = answered.rootId ?? answered.id;
  // A moderator locks a thread on its root: it takes no new replies.
  const root = answered.rootId === null ? answered : await tx.comment.findUnique({ where: { id: rootId }, select: { lockedAt: true } });
  if (root?.lockedAt) throw new AppError("thread_locked", "This thread is locked: it takes no new replies.");
  if (answered.depth < MAX_DEPTH) {
    return { parentId: answered.id, rootId, depth: answered.depth + 1, replyToUserId: null, answeredAuthorId: answered.authorId };
  }
  // Beside the comment answered, under the same parent, naming whom it answers.
  return { parentId: answered.parentId, rootId, depth: MAX_DEPTH, replyToUserId: answered.authorId, answeredAuthorId: answered.authorId };
}

async function findByIdempotencyKey(db: PrismaClient, authorId: string, idempotencyKey: string) {
  return db.comment.findUnique({
    where: { authorId_idempotencyKey: { authorId, idempotencyKey } },
    select: { ...COMMENT_SELECT, article: { select: { slug: true } } },
  });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

function isRefusedAsRepeat(error: unknown): boolean {
  return error instanceof AppError && (error.code === "rate_limited" || error.code === "duplicate_comment");
}

/**
 * Posts a comment (anchor null: on the whole article) or a reply. Comment,
 * reply counters, notifications and the live event commit together or not at
 * all. With an idempotency key, a repeat (a double click, a retry after a
 * lost response) returns the first comment and creates nothing.
 */
export async function createComment(options: {
  actor: ActiveUser;
  slug: string;
  anchor: string | null;
  parentId?: string;
  body: string;
  idempotencyKey?: string;
  /** Posts into a note's thread (anchor must then be null). */
  note?: NoteTarget;
  db?: PrismaClient;
  now?: Date;
}): Promise<CreatedComment> {
  const { actor, slug, anchor, idempotencyKey, db = getDb() } = options;
  const body = validCommentBody(options.body);
  const viewer = toCommentViewer(actor, options.now ?? new Date());

  const replay = async (): Promise<CreatedComment | null> => {
    if (!idempotencyKey) return null;
    const original = await findByIdempotencyKey(db, actor.id, idempotencyKey);
    if (!original) return null;
    if (original.article.slug !== slug || original.anchor !== anchor || original.highlightId !== (options.note?.highlightId ?? null)) {
      throw new AppError("conflict", "This idempotency key was already used for a comment elsewhere.");
    }
    return { comment: toCommentDto(original, viewer, new Set()), created: false };
  };

  const earlier = await replay();
  if (earlier) return earlier;
  try {
    const row = await db.$transaction(async (tx) => {
      const discussion = options.note
        ? { anchor: null, ...(await options.note.resolve(tx)) }
        : { ...(await findDiscussion(tx, { slug, anchor, forWriting: true })), highlightId: null };
      const placement: Placement = options.parentId
        ? await placeReply(tx, discussion, options.parentId)
        : { parentId: null, rootId: null, depth: 0, replyToUserId: null, answeredAuthorId: null };
      // Refuses (rate, blocked word, repeat) or says whether it is held for review.
      const screening = await screenNewComment(tx, { author: actor, body, highlightId: discussion.highlightId });
      const created = await tx.comment.create({
        data: {
          articleId: discussion.articleId,
          authorId: actor.id,
          anchor: discussion.anchor,
          highlightId: discussion.highlightId,
          parentId: placement.parentId,
          rootId: placement.rootId,
          depth: placement.depth,
          replyToUserId: placement.replyToUserId,
          body,
          idempotencyKey: idempotencyKey ?? null,
          ...screening,
        },
        select: COMMENT_SELECT,
      });
      // Every ancestor counts the published comments below it (at most two: depth <= 2).
      const ancestors = [...new Set([placement.parentId, placement.rootId].filter((id): id is string => id !== null))];
      // A held comment is its author's alone until approved: no counts, notifications or live event.
      const published = created.status === "PUBLISHED";
      if (published && ancestors.length > 0) {
        await tx.comment.updateMany({ where: { id: { in: ancestors } }, data: { replyCount: { increment: 1 } } });
      }
      if (published) await notifyThread(tx, created, { replyRecipientId: placement.answeredAuthorId, notifyReply: true });
      if (published) await publishCommentCreated(tx, discussion.articleId, created);
      return created;
    });
    return { comment: toCommentDto(row, viewer, new Set()), created: true };
  } catch (error) {
    // Two submissions with the same key raced: the other one committed first,
    // and this one hit the key, or the rate limit or repeat check it counted for.
    if (isUniqueViolation(error) || isRefusedAsRepeat(error)) {
      const winner = await replay();
      if (winner) return winner;
    }
    throw error;
  }
}
