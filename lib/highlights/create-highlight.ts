import "server-only";
import { isRange, rangeAnchors } from "@/lib/anchoring/document-text";
import { matchSelectors } from "@/lib/anchoring/selectors";
import type { CreateHighlightInput, HighlightDto } from "@/lib/api/highlight-schemas";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toCommentViewer } from "@/lib/discussion/comment-dto";
import { createComment } from "@/lib/discussion/create-comment";
import { loadArticleDocument } from "@/lib/highlights/article-document";
import { HIGHLIGHT_SELECT, toHighlightDto, type HighlightRow } from "@/lib/highlights/highlight-dto";
import { lockArticleHighlights, publishHighlightChanged } from "@/lib/highlights/highlight-events";
import { loadNotes } from "@/lib/highlights/load-notes";

type Selectors = CreateHighlightInput["selectors"];

/**
 * Stores the highlight if the selectors describe the article's current text
 * exactly (else 422 selector_mismatch, nothing stored), in canonical form:
 * 32 code points of context, the block anchors it starts and ends in, and the
 * digest of the text it was resolved against.
 */
async function insertHighlight(
  tx: Prisma.TransactionClient,
  options: { actor: ActiveUser; slug: string; selectors: Selectors; visibility: CreateHighlightInput["visibility"] },
): Promise<HighlightRow> {
  const { doc, articleId, sourceDigest } = await loadArticleDocument(tx, options.slug);
  const [quote, position] = options.selectors;
  const anchors = isRange(doc, position.start, position.end) ? rangeAnchors(doc, position.start, position.end) : null;
  const check = anchors === null ? { status: "mismatch" as const, reason: "position" } : matchSelectors(doc, { quote, position, ...anchors });
  if (check.status === "mismatch") {
    throw new AppError("selector_mismatch", "The selected text does not match the article as it is now; reload and select again.", {
      selectors: [`${check.reason}_mismatch`],
    });
  }
  const { selectors } = check;
  await lockArticleHighlights(tx, articleId);
  const row = await tx.highlight.create({
    data: {
      articleId,
      userId: options.actor.id,
      visibility: options.visibility === "public" ? "PUBLIC" : "PRIVATE",
      exact: selectors.quote.exact,
      prefix: selectors.quote.prefix,
      suffix: selectors.quote.suffix,
      start: selectors.position.start,
      end: selectors.position.end,
      startAnchor: selectors.startAnchor,
      endAnchor: selectors.endAnchor,
      originalExact: selectors.quote.exact,
      anchoredDigest: sourceDigest,
    },
    select: HIGHLIGHT_SELECT,
  });
  if (row.visibility === "PUBLIC") await publishHighlightChanged(tx, "highlight.created", row);
  return row;
}

/**
 * Highlights a passage of the current text for the actor; with a note, the
 * note is the root comment of the highlight's thread, created through the
 * discussion's createComment in the same transaction (so it is checked and
 * moderated like any comment, and a refused note stores no highlight). A
 * public highlight is announced as highlight.created (note null), its note
 * then as highlight.comment.created.
 */
export async function createHighlight(options: {
  actor: ActiveUser;
  slug: string;
  input: CreateHighlightInput;
  db?: PrismaClient;
  now?: Date;
}): Promise<HighlightDto> {
  const { actor, slug, input, db = getDb() } = options;
  const insert = (tx: Prisma.TransactionClient) => insertHighlight(tx, { actor, slug, selectors: input.selectors, visibility: input.visibility });
  let highlightId: string;
  if (input.note === undefined) {
    highlightId = (await db.$transaction(insert)).id;
  } else {
    const { comment } = await createComment({
      actor,
      slug,
      anchor: null,
      body: input.note,
      db,
      now: options.now,
      note: {
        highlightId: null,
        resolve: async (tx) => {
          const row = await insert(tx);
          return { articleId: row.articleId, highlightId: row.id };
        },
      },
    });
    if (comment.highlightId === null) throw new Error("a note was created without its highlight");
    highlightId = comment.highlightId;
  }
  return loadHighlightDto(db, highlightId, actor, options.now);
}

/** One highlight as its owner (or any viewer allowed to see it) receives it after a change. */
export async function loadHighlightDto(db: PrismaClient, id: string, viewer: ActiveUser, now = new Date()): Promise<HighlightDto> {
  const row = await db.highlight.findUniqueOrThrow({ where: { id }, select: HIGHLIGHT_SELECT });
  const notes = await loadNotes(db, [id], toCommentViewer(viewer, now));
  return toHighlightDto(row, viewer.id, notes.get(id) ?? null);
}
