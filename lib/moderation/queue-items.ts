import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QueueItem } from "@/lib/api/moderation-schemas";
import { countCommentsByStatus, MODERATED_USER_SELECT, toModeratedUser } from "@/lib/moderation/moderated-user";
import { readFlags } from "@/lib/moderation/moderation-flags";
import { statusName } from "@/lib/moderation/moderation-names";

/** Everything a moderator needs to judge a comment without opening the article. */
export const QUEUE_COMMENT_SELECT = {
  id: true,
  articleId: true,
  anchor: true,
  highlightId: true,
  parentId: true,
  rootId: true,
  depth: true,
  authorId: true,
  body: true,
  status: true,
  moderationReason: true,
  moderationFlags: true,
  reportCount: true,
  createdAt: true,
  editedAt: true,
  pinnedAt: true,
  lockedAt: true,
  moderatedAt: true,
  article: { select: { slug: true, title: true } },
  highlight: { select: { id: true, exact: true } },
  parent: { select: { id: true, body: true, author: { select: { name: true } } } },
  author: { select: MODERATED_USER_SELECT },
  reports: {
    select: { id: true, reason: true, details: true, createdAt: true, reviewedAt: true, reporter: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  },
} satisfies Prisma.CommentSelect;

export type QueueCommentRow = Prisma.CommentGetPayload<{ select: typeof QUEUE_COMMENT_SELECT }>;

/** The block texts the comments hang on, keyed "articleId anchor"; two queries whatever the page size. */
async function blockTexts(db: Prisma.TransactionClient, rows: readonly QueueCommentRow[]): Promise<Map<string, string>> {
  const wanted = rows.filter((row) => row.anchor !== null && row.highlightId === null);
  if (wanted.length === 0) return new Map();
  const blocks = await db.block.findMany({
    where: { OR: wanted.map((row) => ({ articleId: row.articleId, anchor: row.anchor ?? "" })) },
    select: { articleId: true, anchor: true, text: true },
  });
  return new Map(blocks.map((block) => [`${block.articleId} ${block.anchor}`, block.text]));
}

function passage(row: QueueCommentRow, texts: Map<string, string>): QueueItem["passage"] {
  if (row.highlight) return { kind: "quote", exact: row.highlight.exact, highlightId: row.highlight.id };
  if (row.anchor !== null) return { kind: "block", anchor: row.anchor, text: texts.get(`${row.articleId} ${row.anchor}`) ?? null };
  return { kind: "article" };
}

export async function toQueueItems(db: Prisma.TransactionClient, rows: readonly QueueCommentRow[], now: Date): Promise<QueueItem[]> {
  const [texts, counts] = await Promise.all([blockTexts(db, rows), countCommentsByStatus(db, [...new Set(rows.map((row) => row.authorId))])]);
  return rows.map((row) => ({
    comment: {
      id: row.id,
      body: row.body,
      status: statusName(row.status),
      moderationReason: row.moderationReason,
      moderationFlags: readFlags(row.moderationFlags),
      reportCount: row.reportCount,
      rootId: row.rootId ?? row.id,
      depth: row.depth,
      createdAt: row.createdAt.toISOString(),
      editedAt: row.editedAt?.toISOString() ?? null,
      pinnedAt: row.pinnedAt?.toISOString() ?? null,
      lockedAt: row.lockedAt?.toISOString() ?? null,
      moderatedAt: row.moderatedAt?.toISOString() ?? null,
    },
    article: row.article,
    passage: passage(row, texts),
    parent: row.parent ? { id: row.parent.id, authorName: row.parent.author.name, body: row.parent.body } : null,
    author: toModeratedUser(row.author, counts.get(row.authorId), now),
    reports: row.reports.map((report) => ({
      id: report.id,
      reason: report.reason,
      details: report.details,
      reporterName: report.reporter.name,
      createdAt: report.createdAt.toISOString(),
      reviewedAt: report.reviewedAt?.toISOString() ?? null,
    })),
  }));
}
