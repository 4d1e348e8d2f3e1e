/**
 * Parses an article as scraped from its page (see prisma/seed/) into fields,
 * ordered blocks and the related-articles list. Block text is kept exactly as
 * written: highlights and anchors depend on it.
 */
export type ParsedBlockKind = "PARAGRAPH" | "HEADING" | "FIGURE" | "DISCLAIMER";

export type ParsedBlock = { kind: ParsedBlockKind; label: string | null; text: string };

export type ParsedArticle = {
  title: string;
  subtitle: string | null;
  bylineSource: string;
  isOriginal: boolean;
  /** "16 天前": days before the page was captured. */
  publishedDaysAgo: number;
  /** Month and day the page was captured, read from a dated related title such as "早报 (12.06)". */
  capturedOn: { month: number; day: number } | null;
  baseViews: number;
  blocks: ParsedBlock[];
  related: { title: string; timeLabel: string }[];
};

export class SeedFormatError extends Error {}

/** Everything from this line on is the old phone-binding comment box. */
const COMMENT_BOX_START = "我也说两句";
const BYLINE = /^(原创)?\s*(\d+)\s*天前\s*([\d.]+)\s*([kKwW万]?)$/;
const SECTION_NUMBER = /^\d{2}$/;
const CAPTION = /^[((]来源[::].+[))]$/;
const DISCLAIMER = /^\S{1,12}声明[::]/;
const RELATED_HEADING = "相关文章";
const RELATED_TIME = /^·\s*(.+)$/;
const CAPTURE_DATE = /\((\d{1,2})\.(\d{1,2})\)/;
/** Page chrome around the article body that is not part of the article. */
const PAGE_CHROME = new Set(["相关主题/热点", "App内直接打开", "商务、渠道、广告合作/招聘立即咨询", "cover_pic"]);

function parseViewCount(value: string, unit: string): number {
  const multiplier = unit === "k" || unit === "K" ? 1_000 : unit ? 10_000 : 1;
  return Math.round(Number(value) * multiplier);
}

function parseRelated(lines: readonly string[]): ParsedArticle["related"] {
  const related: ParsedArticle["related"] = [];
  let pendingTitle: string | null = null;
  for (const line of lines) {
    const time = RELATED_TIME.exec(line);
    if (time && pendingTitle) {
      related.push({ title: pendingTitle, timeLabel: time[1] ?? "" });
      pendingTitle = null;
    } else if (!PAGE_CHROME.has(line)) {
      pendingTitle = line;
    }
  }
  return related;
}

export function parseSeedArticle(source: string): ParsedArticle {
  const allLines = source.replace(/\r\n?/g, "\n").split("\n");
  const boxStart = allLines.findIndex((line) => line.trim() === COMMENT_BOX_START);
  const lines = (boxStart === -1 ? allLines : allLines.slice(0, boxStart)).filter((line) => line.trim() !== "");

  const [title, byline, subtitleCandidate] = lines;
  if (!title || !byline) throw new SeedFormatError("The article needs a title line and a byline line.");
  const bylineMatch = BYLINE.exec(byline.trim());
  if (!bylineMatch) throw new SeedFormatError(`Unrecognised byline: ${byline}`);
  // The subtitle stands directly under the byline, with no blank line between.
  const subtitleIndex = allLines.indexOf(byline) + 1;
  const subtitle = subtitleCandidate !== undefined && allLines[subtitleIndex] === subtitleCandidate ? subtitleCandidate : null;

  const body = lines.slice(subtitle === null ? 2 : 3);
  const relatedStart = body.indexOf(RELATED_HEADING);
  const articleLines = relatedStart === -1 ? body : body.slice(0, relatedStart);
  const related = relatedStart === -1 ? [] : parseRelated(body.slice(relatedStart + 1));

  const blocks: ParsedBlock[] = [];
  for (let i = 0; i < articleLines.length; i++) {
    const line = articleLines[i] ?? "";
    if (PAGE_CHROME.has(line)) continue;
    const next = articleLines[i + 1];
    if (SECTION_NUMBER.test(line) && next !== undefined) {
      blocks.push({ kind: "HEADING", label: line, text: next });
      i++;
    } else if (CAPTION.test(line)) {
      blocks.push({ kind: "FIGURE", label: null, text: line });
    } else if (DISCLAIMER.test(line)) {
      blocks.push({ kind: "DISCLAIMER", label: null, text: line });
    } else {
      blocks.push({ kind: "PARAGRAPH", label: null, text: line });
    }
  }
  if (blocks.length === 0) throw new SeedFormatError("The article has no body.");

  const dated = related.map((item) => CAPTURE_DATE.exec(item.title)).find((match) => match !== null);
  return {
    title,
    subtitle,
    bylineSource: byline,
    isOriginal: bylineMatch[1] !== undefined,
    publishedDaysAgo: Number(bylineMatch[2]),
    capturedOn: dated ? { month: Number(dated[1]), day: Number(dated[2]) } : null,
    baseViews: parseViewCount(bylineMatch[3] ?? "0", bylineMatch[4] ?? ""),
    blocks,
    related,
  };
}

/**
 * The publication date: `publishedDaysAgo` before the capture date, at midnight
 * in China (UTC+8). The source page never states the year, so the caller does.
 */
export function publicationDate(article: ParsedArticle, captureYear: number): Date {
  if (!article.capturedOn) throw new SeedFormatError("No dated related title to count the byline's days from.");
  const { month, day } = article.capturedOn;
  return new Date(Date.UTC(captureYear, month - 1, day - article.publishedDaysAgo, -8));
}
