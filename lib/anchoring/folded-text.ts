import { foldCodePoint } from "../text/normalize";

/**
 * The document as the matchers compare it: each character after foldCodePoint
 * (so "," matches "," and "A" matches "a"), renumbered densely
 * 0..alphabetSize-1 so the matchers can index plain arrays instead of hashing
 * code points, and with line breaks left out. Line breaks are layout, not
 * content: splitting a paragraph puts a block separator inside a quote that
 * had none, merging two takes one out, and neither should count as an edit
 * (or let a fuzzy match shed the quote's characters on the far side).
 */
export type FoldedText = {
  ids: Int32Array;
  /** Document offset of each entry of `ids`, ascending. */
  offsets: Int32Array;
  /** For each document offset 0..length, the index of the first entry of `ids` at or after it. */
  indexAt: Int32Array;
  alphabetSize: number;
  /** Ascending indices into `ids` of each id, for finding exact occurrences. */
  occurrences: readonly (readonly number[])[];
  idOf: ReadonlyMap<number, number>;
};

/** Id of a character that does not occur in the document, so never matches. */
export const ABSENT = -1;

function isLineBreak(codePoint: number): boolean {
  return codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x2028 || codePoint === 0x2029;
}

// foldCodePoint normalises a one-character string; every highlight's quote and
// context pass through here, so results are remembered.
const foldCache = new Map<number, number>();

function fold(codePoint: number): number {
  let folded = foldCache.get(codePoint);
  if (folded === undefined) {
    folded = foldCodePoint(codePoint);
    foldCache.set(codePoint, folded);
  }
  return folded;
}

export function foldText(chars: readonly string[]): FoldedText {
  const idOf = new Map<number, number>();
  const occurrences: number[][] = [];
  const ids: number[] = [];
  const offsets: number[] = [];
  const indexAt = new Int32Array(chars.length + 1);
  chars.forEach((char, offset) => {
    indexAt[offset] = ids.length;
    const codePoint = char.codePointAt(0) ?? 0;
    if (isLineBreak(codePoint)) return;
    const folded = fold(codePoint);
    let id = idOf.get(folded);
    if (id === undefined) {
      id = occurrences.length;
      idOf.set(folded, id);
      occurrences.push([]);
    }
    occurrences[id]?.push(ids.length);
    ids.push(id);
    offsets.push(offset);
  });
  indexAt[chars.length] = ids.length;
  return {
    ids: Int32Array.from(ids),
    offsets: Int32Array.from(offsets),
    indexAt,
    alphabetSize: occurrences.length,
    occurrences,
    idOf,
  };
}

/** Folds `text` (already normalised) into the document's ids, leaving line breaks out as foldText does. */
export function encode(folded: FoldedText, text: string): Int32Array {
  // Indexing UTF-16 units rather than iterating the string: every highlight
  // is encoded on every re-anchoring, and this avoids a string per character.
  const ids = new Int32Array(text.length);
  let length = 0;
  for (let unit = 0; unit < text.length; unit++) {
    const codePoint = text.codePointAt(unit) ?? 0;
    if (codePoint > 0xffff) unit++;
    if (!isLineBreak(codePoint)) ids[length++] = folded.idOf.get(fold(codePoint)) ?? ABSENT;
  }
  return ids.slice(0, length);
}
