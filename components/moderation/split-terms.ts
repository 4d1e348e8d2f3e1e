/**
 * The terms an admin pasted into the word-list box: one per line, or
 * separated by commas (ASCII or full-width 、,), trimmed, blanks and repeats
 * dropped. Validation of each term is the server's (it reports per term).
 */
export function splitTerms(text: string): string[] {
  const terms = text
    .split(/[\n\r,,、]+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0);
  return [...new Set(terms)];
}
