import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { MAX_REPORT_DETAILS, type ReportReason } from "@/lib/api/moderation-schemas";
import { codePointLength } from "@/lib/text/code-points";
import { recordAudit } from "@/lib/moderation/audit-log";
import { changeCommentStatus, lockComment } from "@/lib/moderation/comment-status-change";
import { appendFlag } from "@/lib/moderation/moderation-flags";
import { getModerationSettings } from "@/lib/moderation/moderation-settings";

function validDetails(reason: ReportReason, raw: string | undefined): string | null {
  const details = raw?.trim() ?? "";
  if (codePointLength(details) > MAX_REPORT_DETAILS) {
    throw new AppError("validation_failed", `Say it in at most ${MAX_REPORT_DETAILS} characters.`, { details: ["too_long"] });
  }
  if (reason === "OTHER" && details === "") {
    throw new AppError("validation_failed", "Say what is wrong with it.", { details: ["required"] });
  }
  return details === "" ? null : details;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const alreadyReported = () => new AppError("already_reported", "You have already reported this comment.");

/**
 * A reader reports someone else's published comment, once. At the configured
 * number of unreviewed reports the comment is hidden pending review; the
 * hide is the system's act in the audit log.
 */
export async function reportComment(options: {
  actor: ActiveUser;
  commentId: string;
  reason: ReportReason;
  details?: string;
  db?: PrismaClient;
  now?: Date;
}): Promise<{ reportCount: number; hidden: boolean }> {
  const { actor, commentId, reason, db = getDb() } = options;
  const now = options.now ?? new Date();
  const details = validDetails(reason, options.details);
  try {
    return await db.$transaction(async (tx) => {
      await lockComment(tx, commentId);
      const comment = await tx.comment.findUnique({
        where: { id: commentId },
        select: {
          id: true,
          articleId: true,
          parentId: true,
          rootId: true,
          status: true,
          authorId: true,
          reportCount: true,
          moderationFlags: true,
          highlight: { select: { visibility: true } },
        },
      });
      // Someone else's private note is not there for this reader at all.
      if (!comment || (comment.highlight?.visibility === "PRIVATE" && comment.authorId !== actor.id)) throw new AppError("not_found", "No comment with that id.");
      if (comment.authorId === actor.id) throw new AppError("forbidden", "You cannot report your own comment.");
      // A reader's own report may be what hid it: they hear it was reported, not that it vanished.
      if (await tx.report.findUnique({ where: { commentId_reporterId: { commentId, reporterId: actor.id } }, select: { id: true } })) {
        throw alreadyReported();
      }
      // Only what readers can see can be reported; held or removed comments are not acknowledged.
      if (comment.status !== "PUBLISHED") throw new AppError("not_found", "No comment with that id.");
      await tx.report.create({ data: { commentId, reporterId: actor.id, reason, details, createdAt: now } });
      const reportCount = comment.reportCount + 1;
      const settings = await getModerationSettings(tx);
      if (reportCount < settings.reportHideThreshold) {
        await tx.comment.update({ where: { id: commentId }, data: { reportCount } });
        return { reportCount, hidden: false };
      }
      const open = await tx.report.findMany({ where: { commentId, reviewedAt: null }, select: { reason: true } });
      const reasons = [...new Set(open.map((report) => report.reason))];
      await changeCommentStatus(tx, comment, "HIDDEN", {
        reportCount,
        moderatedAt: now,
        moderationFlags: appendFlag(comment.moderationFlags, { kind: "reports", count: reportCount, reasons, at: now.toISOString() }),
      });
      await recordAudit(tx, {
        actor: { system: "system" },
        action: "comment.hide",
        targetType: "comment",
        targetId: commentId,
        reason: `${reportCount} reports (${reasons.join(", ")})`,
        before: { status: "PUBLISHED" },
        after: { status: "HIDDEN", reportCount },
      });
      return { reportCount, hidden: true };
    });
  } catch (error) {
    // Two reports by the same reader raced: the other one committed first.
    if (isUniqueViolation(error)) throw alreadyReported();
    throw error;
  }
}
