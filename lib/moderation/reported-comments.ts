import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** At most this many ids per question: one page of a thread with its replies. */
export const MAX_REPORTED_LOOKUP = 500;

/** Which of these comments the actor has reported already (a reader reports a comment once). */
export async function listReportedCommentIds(options: { actor: ActiveUser; commentIds: readonly string[]; db?: PrismaClient }): Promise<string[]> {
  const { actor, db = getDb() } = options;
  const commentIds = [...new Set(options.commentIds)].slice(0, MAX_REPORTED_LOOKUP);
  if (commentIds.length === 0) return [];
  const reports = await db.report.findMany({ where: { reporterId: actor.id, commentId: { in: commentIds } }, select: { commentId: true } });
  return reports.map((report) => report.commentId);
}
