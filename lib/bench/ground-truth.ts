import type { DocumentText } from "../anchoring/document-text";
import { INSERTED } from "./revise-article";

/** Where a highlight should land in the revised text; ranges are code points, `end` exclusive. */
export type Expected =
  | {
      status: "anchored";
      start: number;
      end: number;
      /** `changed` below as a share of the highlight's length; 0 when the text is intact. */
      changed: number;
    }
  | { status: "orphan" };

export const GROUND_TRUTH_DEFINITION = [
  "L     = code points of the original highlight, block separators excluded",
  "kept  = those still in the revised text (followed through the edits; a width",
  "        swap keeps a character, a rewrite or deletion loses it)",
  "R     = revised range from the first to the last kept code point",
  "added = code points inside R inserted by the edits (new block separators excluded)",
  "changed = max(L - kept, added): an inserted code point pairs with a lost one as a",
  "          rewrite, so replacing 3 characters by 3 others changes 3",
  "expected: orphan if kept = 0 or changed > L / 2, else exactly R",
  "(edits whose kept characters are ambiguous, like deleting \"b,\" from \"a,b,c\",",
  " are refused, so R is unique)",
];

/** Computes the expected landings of many highlights against one revision. */
export function groundTruth(original: DocumentText, revisedOrigins: Int32Array) {
  const isContent = new Uint8Array(original.chars.length);
  for (const span of original.blocks) isContent.fill(1, span.start, span.end);
  const revisedAt = new Int32Array(original.chars.length).fill(-1);
  revisedOrigins.forEach((origin, offset) => {
    if (origin >= 0) revisedAt[origin] = offset;
  });

  return (start: number, end: number): Expected => {
    let length = 0;
    let kept = 0;
    let first = Infinity;
    let last = -Infinity;
    for (let offset = start; offset < end; offset++) {
      if (!isContent[offset]) continue;
      length++;
      const at = revisedAt[offset]!;
      if (at < 0) continue;
      kept++;
      first = Math.min(first, at);
      last = Math.max(last, at);
    }
    if (kept === 0) return { status: "orphan" };
    let added = 0;
    for (let offset = first; offset <= last; offset++) if (revisedOrigins[offset] === INSERTED) added++;
    const changed = Math.max(length - kept, added);
    if (changed > length / 2) return { status: "orphan" };
    return { status: "anchored", start: first, end: last + 1, changed: changed / length };
  };
}
