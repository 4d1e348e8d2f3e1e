import type { MyHighlightDto } from "@/lib/api/highlight-schemas";
import { highlightHref } from "@/lib/highlights/passage-link";

/** The words of the export, in the reader's language. */
export type NotesMarkdownLabels = {
  title: string;
  /** e.g. "导出于 2026-11-29". */
  exported: string;
  note: string;
  orphans: string;
  orphanLead: string;
  open: string;
};

// Characters that would start Markdown syntax inside quoted article text or a title.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>#|~]/g;

function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SYNTAX, "\\$&");
}

/** A quote as a Markdown blockquote; the article's paragraph breaks stay visible as empty quote lines. */
function blockquote(text: string): string {
  return text
    .split("\n")
    .map((line) => (line.trim() === "" ? ">" : `> ${escapeMarkdown(line)}`))
    .join("\n");
}

function entry(highlight: MyHighlightDto, origin: string, labels: NotesMarkdownLabels): string {
  const parts = [blockquote(highlight.orphaned ? highlight.originalExact : highlight.exact)];
  const body = highlight.note?.body;
  if (body) parts.push(`**${labels.note}**\n\n${body.trim()}`);
  const href = highlight.orphaned ? `/articles/${encodeURIComponent(highlight.articleSlug)}` : highlightHref(highlight);
  parts.push(`[${labels.open}](${origin}${href})`);
  return parts.join("\n\n");
}

/**
 * 我的笔记 as one Markdown document: highlights grouped by article (articles
 * in the order of their newest highlight, highlights newest first, as
 * given), each a blockquote with its note and a link back to the passage;
 * orphans last under 无法定位 with the text as it was highlighted. Quoted
 * article text is escaped; notes are the reader's own Markdown, kept as is.
 */
export function notesMarkdown(highlights: readonly MyHighlightDto[], options: { origin: string; labels: NotesMarkdownLabels }): string {
  const { origin, labels } = options;
  const sections: string[] = [`# ${labels.title}`, labels.exported];
  const byArticle = new Map<string, { title: string; entries: string[] }>();
  const orphans: string[] = [];
  for (const highlight of highlights) {
    if (highlight.orphaned) {
      orphans.push(`### ${escapeMarkdown(highlight.articleTitle)}\n\n${entry(highlight, origin, labels)}`);
      continue;
    }
    const group = byArticle.get(highlight.articleSlug) ?? { title: highlight.articleTitle, entries: [] };
    group.entries.push(entry(highlight, origin, labels));
    byArticle.set(highlight.articleSlug, group);
  }
  for (const group of byArticle.values()) sections.push(`## ${escapeMarkdown(group.title)}\n\n${group.entries.join("\n\n---\n\n")}`);
  if (orphans.length > 0) sections.push(`## ${labels.orphans}\n\n${labels.orphanLead}\n\n${orphans.join("\n\n")}`);
  return `${sections.join("\n\n")}\n`;
}
