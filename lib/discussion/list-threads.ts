import "server-only";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import type { CommentSort, ThreadPageDto } from "@/lib/api/comment-schemas";
import { getDb } from "@/lib/db/client";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { ARTICLE_DISCUSSION } from "@/lib/discussion/commentable-blocks";
import { COMMENT_SELECT, toCommentViewer, toThreadDto, type CommentRow } from "@/lib/discussion/comment-dto";
import { visibleCommentsSql, visibleCommentsWhere } from "@/lib/discussion/comment-visibility";
import { decodeThreadCursor, encodeThreadCursor, type ThreadCursor } from "@/lib/discussion/cursor";
import { findDiscussion } from "@/lib/discussion/find-discussion";

type RootKey = { id: string; likeCount: number; createdAt: Date };

// The row comparison after the cursor and this order both follow an index's
// column order, so PostgreSQL reads the page straight off the index, starting
// right after the cursor. The leading constant columns are repeated in the
// ORDER BY because an `IS NULL` condition (a root; the article-wide
// discussion) does not tell the planner they are fixed; without them it would
// read the whole discussion and sort it.
const ORDER: Record<CommentSort, Prisma.Sql> = {
  hot: Prisma.sql`"articleId" DESC, "anchor" DESC, "parentId" DESC, "likeCount" DESC, "createdAt" DESC, "id" DESC`,
  newest: Prisma.sql`"articleId" DESC, "anchor" DESC, "parentId" DESC, "createdAt" DESC, "id" DESC`,
  oldest: Prisma.sql`"articleId" ASC, "anchor" ASC, "parentId" ASC, "createdAt" ASC, "id" ASC`,
};

function after(cursor: ThreadCursor | null): Prisma.Sql {
  if (!cursor) return Prisma.empty;
  const at = Prisma.sql`${cursor.createdAt}::timestamp(3)`;
  switch (cursor.sort) {
    case "hot":
      return Prisma.sql`AND ("likeCount", "createdAt", "id") < (${cursor.likeCount}, ${at}, ${cursor.id})`;
    case "newest":
      return Prisma.sql`AND ("createdAt", "id") < (${at}, ${cursor.id})`;
    case "oldest":
      return Prisma.sql`AND ("createdAt", "id") > (${at}, ${cursor.id})`;
  }
}

/**
 * One page of a discussion's threads (roots in the chosen order, each with all
 * its visible replies oldest first), pinned roots first. Four queries whatever
 * the page size (five on the first page: its pinned roots): the page's root
 * keys, the roots, their replies, and which of them the viewer liked.
 */
export async function listThreads(options: {
  slug: string;
  /** A block anchor, or null for the article-wide discussion. */
  anchor: string | null;
  sort: CommentSort;
  cursor?: string;
  limit: number;
  viewer: CurrentUser | null;
  db?: PrismaClient;
  now?: Date;
}): Promise<ThreadPageDto> {
  const { sort, limit, db = getDb() } = options;
  const discussion = await findDiscussion(db, { slug: options.slug, anchor: options.anchor, forWriting: false });
  const scope = discussion.anchor ?? ARTICLE_DISCUSSION;
  const cursor = options.cursor ? decodeThreadCursor(options.cursor, { sort, scope }) : null;
  const viewerId = options.viewer?.id ?? null;

  const anchorIs = discussion.anchor === null ? Prisma.sql`"anchor" IS NULL` : Prisma.sql`"anchor" = ${discussion.anchor}`;
  // Pinned roots lead the first page whatever the sort; the keyset pages hold the others.
  const pinned = cursor
    ? []
    : await db.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Comment"
    WHERE "articleId" = ${discussion.articleId} AND ${anchorIs} AND "parentId" IS NULL AND "highlightId" IS NULL
      AND "pinnedAt" IS NOT NULL AND ${visibleCommentsSql(viewerId)}
    ORDER BY "pinnedAt" DESC, "id" DESC`;
  const keys = await db.$queryRaw<RootKey[]>`
    SELECT "id", "likeCount", "createdAt" FROM "Comment"
    WHERE "articleId" = ${discussion.articleId} AND ${anchorIs} AND "parentId" IS NULL AND "highlightId" IS NULL
      AND "pinnedAt" IS NULL AND ${visibleCommentsSql(viewerId)} ${after(cursor)}
    ORDER BY ${ORDER[sort]}
    LIMIT ${limit + 1}`;
  const page = keys.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    keys.length > limit && last
      ? encodeThreadCursor({ sort, scope, likeCount: last.likeCount, createdAt: last.createdAt, id: last.id })
      : null;
  const rootIds = [...pinned, ...page].map((key) => key.id);
  if (rootIds.length === 0) return { threads: [], nextCursor };

  const [roots, replies] = await Promise.all([
    db.comment.findMany({ where: { id: { in: rootIds } }, select: COMMENT_SELECT }),
    db.comment.findMany({
      where: { rootId: { in: rootIds }, ...visibleCommentsWhere(viewerId) },
      select: COMMENT_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
  ]);
  const liked = viewerId
    ? await db.commentLike.findMany({
        where: { userId: viewerId, commentId: { in: [...rootIds, ...replies.map((reply) => reply.id)] } },
        select: { commentId: true },
      })
    : [];
  const likedIds = new Set(liked.map((like) => like.commentId));

  const rootsById = new Map(roots.map((root) => [root.id, root]));
  const repliesByRoot = new Map<string, CommentRow[]>();
  for (const reply of replies) {
    const rootId = reply.rootId ?? reply.id;
    const siblings = repliesByRoot.get(rootId);
    if (siblings) siblings.push(reply);
    else repliesByRoot.set(rootId, [reply]);
  }
  const viewer = toCommentViewer(options.viewer, options.now ?? new Date());
  const threads = rootIds.flatMap((id) => {
    const root = rootsById.get(id);
    return root ? [toThreadDto(root, repliesByRoot.get(id) ?? [], viewer, likedIds)] : [];
  });
  return { threads, nextCursor };
}
