import type { CommentDto } from "@/lib/api/comment-schemas";
import type { HighlightDto, MyHighlightDto } from "@/lib/api/highlight-schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What every highlight query selects: exactly what the DTO needs. */
export const HIGHLIGHT_SELECT = {
  id: true,
  articleId: true,
  userId: true,
  visibility: true,
  exact: true,
  prefix: true,
  suffix: true,
  start: true,
  end: true,
  startAnchor: true,
  endAnchor: true,
  originalExact: true,
  orphanedAt: true,
  createdAt: true,
  updatedAt: true,
  article: { select: { slug: true, title: true } },
  user: { select: { id: true, name: true, image: true } },
} satisfies Prisma.HighlightSelect;

export type HighlightRow = Prisma.HighlightGetPayload<{ select: typeof HIGHLIGHT_SELECT }>;

// As in threads: users without a display name still need one.
const UNNAMED_OWNER = "读者";

/**
 * Who may see a highlight: its owner always (orphans included); others only a
 * public one that is anchored in the current text.
 */
export function isHighlightVisible(row: Pick<HighlightRow, "userId" | "visibility" | "orphanedAt">, viewerId: string | null): boolean {
  return row.userId === viewerId || (row.visibility === "PUBLIC" && row.orphanedAt === null);
}

/** The highlight as `viewerId` sees it (null: anyone, as in live events), with its note as they may see it. */
export function toHighlightDto(row: HighlightRow, viewerId: string | null, note: CommentDto | null): HighlightDto {
  return {
    id: row.id,
    articleSlug: row.article.slug,
    visibility: row.visibility === "PUBLIC" ? "public" : "private",
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    startAnchor: row.startAnchor,
    endAnchor: row.endAnchor,
    originalExact: row.originalExact,
    orphaned: row.orphanedAt !== null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    owner: { id: row.user.id, name: row.user.name ?? UNNAMED_OWNER, image: row.user.image },
    isMine: viewerId !== null && viewerId === row.userId,
    note,
    replyCount: note?.replyCount ?? 0,
  };
}

export function toMyHighlightDto(row: HighlightRow, viewerId: string, note: CommentDto | null): MyHighlightDto {
  return { ...toHighlightDto(row, viewerId, note), articleTitle: row.article.title };
}
