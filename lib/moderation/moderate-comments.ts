import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { CommentStatus, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_MODERATION_REASON, type CommentAction, type CommentActionOutcome } from "@/lib/api/moderation-schemas";
import { COMMENT_SELECT } from "@/lib/discussion/comment-dto";
import { OUTSIDE_PRIVATE_NOTES } from "@/lib/discussion/comment-visibility";
import { publishCommentUpdated } from "@/lib/discussion/comment-events";
import { codePointLength } from "@/lib/text/code-points";
import { recordAudit } from "@/lib/moderation/audit-log";
import { changeCommentStatus, lockComment } from "@/lib/moderation/comment-status-change";
import { assertModerator, auditActor } from "@/lib/moderation/moderation-roles";
import { statusName } from "@/lib/moderation/moderation-names";

const SUBJECT_SELECT = {
  id: true,
  articleId: true,
  parentId: true,
  rootId: true,
  status: true,
  pinnedAt: true,
  lockedAt: true,
  reportCount: true,
} satisfies Prisma.CommentSelect;

type Subject = Prisma.CommentGetPayload<{ select: typeof SUBJECT_SELECT }>;
type Outcome = CommentActionOutcome["outcome"];
type Context = { tx: Prisma.TransactionClient; actor: ActiveUser; now: Date; reason: string | null };

/** Its open reports count as reviewed by the actor; the comment has no unreviewed reports left. */
async function reviewReports(context: Context, subject: Subject): Promise<void> {
  await context.tx.report.updateMany({
    where: { commentId: subject.id, reviewedAt: null },
    data: { reviewedAt: context.now, reviewedById: context.actor.id },
  });
}

async function setStatus(context: Context, subject: Subject, status: CommentStatus, moderationReason: string | null): Promise<void> {
  await reviewReports(context, subject);
  await changeCommentStatus(context.tx, subject, status, {
    moderationReason,
    reportCount: 0,
    moderatedAt: context.now,
    moderatedBy: { connect: { id: context.actor.id } },
  });
}

/** Pinning and locking change what readers see of a published root (its badges), so they hear of it. */
async function setRootMark(context: Context, subject: Subject, data: { pinnedAt?: Date | null; lockedAt?: Date | null }): Promise<void> {
  const row = await context.tx.comment.update({
    where: { id: subject.id },
    data: { ...data, moderatedAt: context.now, moderatedById: context.actor.id },
    select: COMMENT_SELECT,
  });
  if (subject.status === "PUBLISHED") await publishCommentUpdated(context.tx, subject.articleId, row);
}

const isRoot = (subject: Subject) => subject.parentId === null;

/** Applies one action to one comment; the outcome says whether anything changed. */
async function apply(context: Context, subject: Subject, action: CommentAction): Promise<Outcome> {
  switch (action) {
    case "approve":
      if (subject.status === "PUBLISHED") return "unchanged";
      if (subject.status !== "PENDING") return "not_applicable";
      await setStatus(context, subject, "PUBLISHED", null);
      return "done";
    case "reject":
      if (subject.status === "REJECTED") return "unchanged";
      if (subject.status === "DELETED") return "not_applicable";
      await setStatus(context, subject, "REJECTED", context.reason);
      return "done";
    case "restore":
      if (subject.status === "PUBLISHED") return "unchanged";
      if (subject.status !== "HIDDEN" && subject.status !== "REJECTED") return "not_applicable";
      await setStatus(context, subject, "PUBLISHED", null);
      return "done";
    case "mark_reviewed": {
      const open = await context.tx.report.count({ where: { commentId: subject.id, reviewedAt: null } });
      if (open === 0 && subject.reportCount === 0) return "unchanged";
      await reviewReports(context, subject);
      await context.tx.comment.update({ where: { id: subject.id }, data: { reportCount: 0 } });
      return "done";
    }
    case "lock":
    case "unlock": {
      if (!isRoot(subject)) return "not_applicable";
      const lock = action === "lock";
      if ((subject.lockedAt !== null) === lock) return "unchanged";
      await setRootMark(context, subject, { lockedAt: lock ? context.now : null });
      return "done";
    }
    case "pin":
    case "unpin": {
      const pin = action === "pin";
      if (!isRoot(subject) || (pin && subject.status !== "PUBLISHED")) return "not_applicable";
      if ((subject.pinnedAt !== null) === pin) return "unchanged";
      await setRootMark(context, subject, { pinnedAt: pin ? context.now : null });
      return "done";
    }
  }
}

function snapshot(subject: Pick<Subject, "status" | "pinnedAt" | "lockedAt" | "reportCount">) {
  return { status: subject.status, pinned: subject.pinnedAt !== null, locked: subject.lockedAt !== null, reportCount: subject.reportCount };
}

function validReason(action: CommentAction, raw: string | undefined): string | null {
  const reason = raw?.trim() ?? "";
  if (codePointLength(reason) > MAX_MODERATION_REASON) {
    throw new AppError("validation_failed", `Give the reason in at most ${MAX_MODERATION_REASON} characters.`, { reason: ["too_long"] });
  }
  if (action === "reject" && reason === "") {
    throw new AppError("validation_failed", "Say why it is removed: its author will see the reason.", { reason: ["required"] });
  }
  return reason === "" ? null : reason;
}

/**
 * One moderation action on one or many comments (or notes). Each comment is
 * its own transaction with its audit entry, so one that cannot take the
 * action (say, pinning a reply) leaves the others done; the answer gives the
 * outcome per id, in the order asked.
 */
export async function moderateComments(options: {
  actor: ActiveUser;
  commentIds: readonly string[];
  action: CommentAction;
  reason?: string;
  db?: PrismaClient;
  now?: Date;
}): Promise<CommentActionOutcome[]> {
  const { actor, action, db = getDb() } = options;
  assertModerator(actor);
  const reason = validReason(action, options.reason);
  const results: CommentActionOutcome[] = [];
  for (const id of new Set(options.commentIds)) {
    results.push(
      await db.$transaction(async (tx): Promise<CommentActionOutcome> => {
        await lockComment(tx, id);
        // A private note's comment is no moderator's business: answered like an unknown id, untouched.
        const subject = await tx.comment.findFirst({ where: { id, ...OUTSIDE_PRIVATE_NOTES }, select: SUBJECT_SELECT });
        if (!subject) return { id, outcome: "not_found", status: null };
        const context: Context = { tx, actor, now: options.now ?? new Date(), reason };
        const outcome = await apply(context, subject, action);
        if (outcome !== "done") return { id, outcome, status: statusName(subject.status) };
        const after = await tx.comment.findUniqueOrThrow({ where: { id }, select: SUBJECT_SELECT });
        await recordAudit(tx, {
          actor: auditActor(actor),
          action: `comment.${action}`,
          targetType: "comment",
          targetId: id,
          reason,
          before: snapshot(subject),
          after: snapshot(after),
        });
        return { id, outcome, status: statusName(after.status) };
      }),
    );
  }
  return results;
}
