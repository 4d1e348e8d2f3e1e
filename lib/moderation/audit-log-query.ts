import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import type { AuditLogEntry, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AuditEntryDto, AuditLogPage } from "@/lib/api/moderation-schemas";
import { decodeListCursor, encodeListCursor } from "@/lib/discussion/cursor";
import { assertAdmin } from "@/lib/moderation/moderation-roles";

export type AuditLogFilter = {
  action?: string;
  actorId?: string;
  targetType?: AuditEntryDto["targetType"];
  targetId?: string;
  from?: Date;
  to?: Date;
};

const PAGE_SIZE = 50;

type CommentLocation = NonNullable<AuditEntryDto["commentLocation"]>;

export function toAuditEntryDto(entry: AuditLogEntry, commentLocations?: ReadonlyMap<string, CommentLocation>): AuditEntryDto {
  return {
    id: entry.id.toString(),
    actorId: entry.actorId,
    actorLabel: entry.actorLabel,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    reason: entry.reason,
    before: entry.before,
    after: entry.after,
    createdAt: entry.createdAt.toISOString(),
    commentLocation: (entry.targetType === "comment" && commentLocations?.get(entry.targetId)) || null,
  };
}

/** Where each comment target on the page is read, so the log can link to it in its thread; one query per page. */
async function locateComments(db: PrismaClient, entries: readonly AuditLogEntry[]): Promise<Map<string, CommentLocation>> {
  const ids = [...new Set(entries.filter((entry) => entry.targetType === "comment").map((entry) => entry.targetId))];
  if (ids.length === 0) return new Map();
  const comments = await db.comment.findMany({
    where: { id: { in: ids } },
    select: { id: true, anchor: true, highlightId: true, article: { select: { slug: true, title: true } } },
  });
  return new Map(
    comments.map((comment) => [
      comment.id,
      { articleSlug: comment.article.slug, articleTitle: comment.article.title, anchor: comment.anchor, highlightId: comment.highlightId },
    ]),
  );
}

function filterWhere(filter: AuditLogFilter): Prisma.AuditLogEntryWhereInput {
  return {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.targetId ? { targetId: filter.targetId } : {}),
    ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
  };
}

/** The audit log, newest first, filtered; admins only. Entries are ordered by id, the order they were written in. */
export async function listAuditLog(options: {
  actor: ActiveUser;
  filter: AuditLogFilter;
  cursor?: string;
  limit?: number;
  db?: PrismaClient;
}): Promise<AuditLogPage> {
  const { actor, filter, db = getDb() } = options;
  assertAdmin(actor);
  const limit = options.limit ?? PAGE_SIZE;
  const cursor = options.cursor ? decodeListCursor(options.cursor, "audit-log") : null;
  const entries = await db.auditLogEntry.findMany({
    where: { AND: [filterWhere(filter), cursor ? { id: { lt: BigInt(cursor.id) } } : {}] },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = entries.slice(0, limit);
  const last = page.at(-1);
  const nextCursor = entries.length > limit && last ? encodeListCursor("audit-log", { createdAt: last.createdAt, id: last.id.toString() }) : null;
  const locations = await locateComments(db, page);
  return { entries: page.map((entry) => toAuditEntryDto(entry, locations)), nextCursor };
}
