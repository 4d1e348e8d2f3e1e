import { foldCodePoint } from "../text/normalize";

/**
 * Document characters after foldCodePoint (so "," matches "," and "A"
 * matches "a" without moving offsets), renumbered densely 0..alphabetSize-1 so
 * the matchers can index plain arrays instead of hashing code points.
 */
export type FoldedText = {
  ids: Int32Array;
  alphabetSize: number;
  /** Ascending offsets of each id, for finding exact occurrences. */
  occurrences: readonly (readonly number[])[];
  idOf: ReadonlyMap<number, number>;
};

/** Id of a character that does not occur in the document, so never matches. */
export const ABSENT = -1;

// foldCodePoint normalises a one-character string; every highlight's quote and
// context pass through here, so results are remembered.
const foldCache = new Map<number, number>();

function fold(char: string): number {
  const codePoint = char.codePointAt(0) ?? 0;
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
  const ids = new Int32Array(chars.length);
  chars.forEach((char, offset) => {
    const folded = fold(char);
    let id = idOf.get(folded);
    if (id === undefined) {
      id = occurrences.length;
      idOf.set(folded, id);
      occurrences.push([]);
    }
    ids[offset] = id;
    occurrences[id]?.push(offset);
  });
  return { ids, alphabetSize: occurrences.length, occurrences, idOf };
}

/** Folds `text` (already normalised) into the document's ids. */
export function encode(folded: FoldedText, text: string): Int32Array {
  const ids: number[] = [];
  for (const char of text) ids.push(folded.idOf.get(fold(char)) ?? ABSENT);
  return Int32Array.from(ids);
}
