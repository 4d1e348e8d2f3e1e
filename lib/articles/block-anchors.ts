import { createHash } from "node:crypto";
import { normalizeText } from "@/lib/text/normalize";

const HASH_LENGTH = 8;

function shortHash(text: string): string {
  return createHash("sha256").update(normalizeText(text)).digest("hex").slice(0, HASH_LENGTH);
}

/**
 * Stable element ids for an ordered list of block texts.
 *
 * A block whose text is unique gets `b-<hash of its text>`, so inserting,
 * removing or moving other blocks never changes it. Repeated texts (the many
 * "(来源:X)" captions) are told apart by the nearest preceding unique block plus
 * a counter within that stretch, so an insertion elsewhere in the article does
 * not renumber them either.
 */
export function blockAnchors(texts: readonly string[]): string[] {
  const hashes = texts.map(shortHash);
  const occurrences = new Map<string, number>();
  for (const hash of hashes) occurrences.set(hash, (occurrences.get(hash) ?? 0) + 1);

  let lastUnique = "start";
  const seenSinceUnique = new Map<string, number>();
  return hashes.map((hash) => {
    if (occurrences.get(hash) === 1) {
      lastUnique = hash;
      seenSinceUnique.clear();
      return `b-${hash}`;
    }
    const counter = (seenSinceUnique.get(hash) ?? 0) + 1;
    seenSinceUnique.set(hash, counter);
    return counter === 1 ? `b-${hash}-${lastUnique}` : `b-${hash}-${lastUnique}-${counter}`;
  });
}
