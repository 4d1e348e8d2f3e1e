import { documentText, type DocumentText } from "@/lib/anchoring/document-text";
import { createSelectors } from "@/lib/anchoring/selectors";
import type { CreateHighlightInput } from "@/lib/api/highlight-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Test data for the highlights' database tests: selectors as the browser would post them. */

/** The article's current document text, as the page lays it out. */
export async function currentDocument(db: PrismaClient, slug: string): Promise<DocumentText> {
  const blocks = await db.block.findMany({
    where: { article: { slug }, removedAt: null },
    orderBy: { position: "asc" },
    select: { anchor: true, text: true },
  });
  return documentText(blocks);
}

/** The posted selectors of [start, end) of the document. */
export function selectorsAt(doc: DocumentText, start: number, end: number): CreateHighlightInput["selectors"] {
  const { quote, position } = createSelectors(doc, start, end);
  return [quote, position];
}

/** [start, end) of the document from `offset` code points into block `anchor`, `length` long. */
export function rangeIn(doc: DocumentText, anchor: string, offset: number, length: number): { start: number; end: number } {
  const block = doc.blocks.find((candidate) => candidate.anchor === anchor);
  if (!block) throw new Error(`no block ${anchor}`);
  return { start: block.start + offset, end: block.start + offset + length };
}
