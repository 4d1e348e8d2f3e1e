/**
 * A block's text as the page shows it: ArticleBlock renders each block with
 * its anchor as the element id and the raw text in [data-block-text]. Reading
 * it back spares sending the article's text to the client a second time.
 * Null when no such block is on the page.
 */
export function renderedBlockText(anchor: string): string | null {
  return document.getElementById(anchor)?.querySelector("[data-block-text]")?.textContent ?? null;
}
