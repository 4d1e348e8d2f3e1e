// Invisible characters that editors and copy-paste insert without changing what
// a reader sees. They are removed so they cannot shift stored offsets. The soft
// hyphen (U+00AD) is removed too: it only renders at a line break, and Chinese
// text never hyphenates, so it is effectively invisible here. Note that removing
// U+200D splits emoji ZWJ sequences into their component emoji.
const INVISIBLE = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;

export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/**
 * Canonical form of article text: invisible characters removed, then NFC.
 * Removal comes first because it can bring a base character and a combining
 * mark together, which NFC then composes.
 */
export function normalizeText(text: string): string {
  return removeInvisible(text).normalize("NFC");
}

/**
 * Loose form for comparing text (e.g. a word filter): compatibility-normalised
 * (full-width "," and "!" become "," and "!"), lower-cased, invisible
 * characters removed. Lengths may change, so offsets into the result do not
 * map back to the input.
 */
export function normalizeForMatching(text: string): string {
  return removeInvisible(text).normalize("NFKC").toLowerCase();
}

/**
 * Per-code-point version of normalizeForMatching that never changes length:
 * a character whose folded form is not a single code point (e.g. "ﬁ" -> "fi")
 * is kept as is. Used where offsets must survive folding.
 */
export function foldCodePoint(codePoint: number): number {
  const folded = String.fromCodePoint(codePoint).normalize("NFKC").toLowerCase();
  const first = folded.codePointAt(0);
  return first !== undefined && String.fromCodePoint(first).length === folded.length ? first : codePoint;
}
