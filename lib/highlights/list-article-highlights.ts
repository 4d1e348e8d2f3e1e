import "server-only";
import type { CurrentUser } from "@/lib/accounts/get-current-user";
import type { ArticleHighlightsDto } from "@/lib/api/highlight-schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toCommentViewer } from "@/lib/discussion/comment-dto";
import { HIGHLIGHT_SELECT, toHighlightDto } from "@/lib/highlights/highlight-dto";
import { loadNotes } from "@/lib/highlights/load-notes";
import { popularSegments } from "@/lib/highlights/popular-segments";

/**
 * An article's highlights for one reader: their own (orphans included) and
 * everyone's public ones anchored in the current text, in text order, each
 * with its note; plus the 热门划线 shading of all public ones.
 */
export async function listArticleHighlights(options: {
  slug: string;
  viewer: CurrentUser | null;
  db?: PrismaClient;
  now?: Date;
}): Promise<ArticleHighlightsDto> {
  const { db = getDb() } = options;
  const viewerId = options.viewer?.id ?? null;
  const article = await db.article.findUnique({ where: { slug: options.slug }, select: { id: true } });
  if (!article) throw new AppError("not_found", "No article with that address.");
  const visible: Prisma.HighlightWhereInput[] = [{ visibility: "PUBLIC", orphanedAt: null }];
  if (viewerId) visible.push({ userId: viewerId });
  const rows = await db.highlight.findMany({
    where: { articleId: article.id, OR: visible },
    select: HIGHLIGHT_SELECT,
    orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const notes = await loadNotes(
    db,
    rows.map((row) => row.id),
    toCommentViewer(options.viewer, options.now ?? new Date()),
  );
  return {
    highlights: rows.map((row) => toHighlightDto(row, viewerId, notes.get(row.id) ?? null)),
    // Every public anchored highlight is among the rows, the viewer's included.
    popular: popularSegments(rows.filter((row) => row.visibility === "PUBLIC" && row.orphanedAt === null)),
  };
}
