import "server-only";
import { toAnnotation, type AnnotationInput, type WebAnnotation } from "@/lib/annotations/annotation-jsonld";
import { toAnnotationCollection, toAnnotationPage, type AnnotationCollection, type AnnotationPage } from "@/lib/annotations/collection-jsonld";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { HIGHLIGHT_SELECT, type HighlightRow } from "@/lib/highlights/highlight-dto";
import { findNoteRows } from "@/lib/highlights/load-notes";

/** Annotations per AnnotationPage. */
export const ANNOTATION_PAGE_SIZE = 50;

// The same rule as the app's own lists: public, and anchored in the current text.
const PUBLISHED = { visibility: "PUBLIC", orphanedAt: null } as const;

/**
 * As the W3C model sees one of our highlights: a note's body only while the
 * note is published (held, removed or deleted notes leave a highlight), and
 * `modified` when the note was edited.
 */
async function toInputs(db: PrismaClient, rows: readonly HighlightRow[]): Promise<AnnotationInput[]> {
  const notes = await findNoteRows(
    db,
    rows.map((row) => row.id),
    null,
  );
  return rows.map((row) => {
    const note = notes.get(row.id);
    const published = note?.status === "PUBLISHED" ? note : null;
    return {
      id: row.id,
      articleSlug: row.article.slug,
      articleTitle: row.article.title,
      quote: { type: "TextQuoteSelector", exact: row.exact, prefix: row.prefix, suffix: row.suffix },
      position: { type: "TextPositionSelector", start: row.start, end: row.end },
      note: published?.body ?? null,
      creator: { id: row.user.id, name: row.user.name ?? "读者" },
      created: row.createdAt,
      modified: published?.editedAt ?? null,
      visibility: "public",
    };
  });
}

/** GET /api/v1/annotations/<id>.jsonld: one public highlight or note; 404 for private, orphaned or unknown ones. */
export async function getPublicAnnotation(options: { id: string; baseUrl: string; db?: PrismaClient }): Promise<WebAnnotation> {
  const { db = getDb() } = options;
  const row = await db.highlight.findFirst({ where: { id: options.id, ...PUBLISHED }, select: HIGHLIGHT_SELECT });
  if (!row) throw new AppError("not_found", "No public annotation with that id.");
  const [input] = await toInputs(db, [row]);
  if (!input) throw new AppError("not_found", "No public annotation with that id.");
  return toAnnotation(input, { baseUrl: options.baseUrl });
}

/**
 * GET /api/v1/articles/<slug>/annotations.jsonld: the article's public
 * highlights and notes, oldest first, as an AnnotationCollection embedding
 * its first page, or (with `page`) one AnnotationPage.
 */
export async function listPublicAnnotations(options: {
  slug: string;
  page?: number;
  baseUrl: string;
  db?: PrismaClient;
}): Promise<AnnotationCollection | AnnotationPage> {
  const { slug, page, db = getDb() } = options;
  const article = await db.article.findUnique({ where: { slug }, select: { id: true, title: true } });
  if (!article) throw new AppError("not_found", "No article with that address.");
  const where = { articleId: article.id, ...PUBLISHED };
  const [total, rows] = await Promise.all([
    db.highlight.count({ where }),
    db.highlight.findMany({
      where,
      select: HIGHLIGHT_SELECT,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      skip: ((page ?? 1) - 1) * ANNOTATION_PAGE_SIZE,
      take: ANNOTATION_PAGE_SIZE,
    }),
  ]);
  const input = { articleSlug: slug, articleTitle: article.title, annotations: await toInputs(db, rows), pageSize: ANNOTATION_PAGE_SIZE, total };
  const jsonLd = { baseUrl: options.baseUrl };
  return page === undefined ? toAnnotationCollection(input, jsonLd) : toAnnotationPage({ ...input, page }, jsonLd);
}
