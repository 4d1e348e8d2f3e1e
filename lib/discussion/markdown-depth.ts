/**
 * How deeply a Markdown body nests, measured without parsing it into a tree.
 *
 * The Markdown parser and renderer recurse once per level, so a few thousand
 * nested list markers or quotes overflow the stack (and cost seconds of CPU
 * first). This scan is one pass over the text with counters and an explicit
 * stack: linear in the length, no recursion, whatever the input. It
 * over-estimates rather than under-estimates (a thematic break "- - -" counts
 * as lists, unclosed emphasis counts as open), which is harmless at a limit no
 * real comment comes near.
 */

/** Levels of lists, quotes and emphasis together that a body may nest. */
export const MAX_NESTING_DEPTH = 10;

// A list item's content starts `indent` columns in; a quote has no indent.
type Container = { kind: "quote" | "list"; indent: number };

const SPACE = 0x20;

function isBlank(line: string, from: number): boolean {
  for (let i = from; i < line.length; i++) if (line.charCodeAt(i) !== SPACE) return false;
  return true;
}

function spacesAt(line: string, from: number): number {
  let i = from;
  while (i < line.length && line.charCodeAt(i) === SPACE) i++;
  return i - from;
}

/**
 * A list marker at `at` ("-", "+", "*", "1." or "1)") followed by a space or
 * the end of the line: its length, or 0.
 */
function listMarkerLength(line: string, at: number): number {
  const c = line.charAt(at);
  let end = at;
  if (c === "-" || c === "+" || c === "*") end = at + 1;
  else {
    while (end < line.length && end - at < 9 && line.charAt(end) >= "0" && line.charAt(end) <= "9") end++;
    if (end === at || (line.charAt(end) !== "." && line.charAt(end) !== ")")) return 0;
    end++;
  }
  return end === line.length || line.charCodeAt(end) === SPACE ? end - at : 0;
}

/** Whether the rest of the line opens or closes a fenced code block, whose content is literal. */
function fenceAt(line: string, at: number): string | null {
  const match = /^(`{3,}|~{3,})/.exec(line.slice(at, at + 64));
  return match?.[1] ?? null;
}

const PUNCTUATION_OR_SPACE = /[\s\p{P}\p{S}]/u;

function flanking(line: string, start: number, end: number): { opens: boolean; closes: boolean } {
  const before = start > 0 ? line.charAt(start - 1) : " ";
  const after = end < line.length ? line.charAt(end) : " ";
  return {
    opens: !/\s/.test(after) && (PUNCTUATION_OR_SPACE.test(before) || !PUNCTUATION_OR_SPACE.test(after)),
    closes: !/\s/.test(before) && (PUNCTUATION_OR_SPACE.test(after) || !PUNCTUATION_OR_SPACE.test(before)),
  };
}

/**
 * Open emphasis levels after one line of inline text, starting from `open`,
 * and the most reached on the way. A run of n "*" or "_" opens or closes up to
 * ceil(n / 2) levels ("***" is emphasis inside strong); code spans and
 * backslash escapes are skipped, links nest at most one level and are ignored.
 */
function scanInline(line: string, from: number, open: number): { open: number; max: number } {
  let max = open;
  let i = from;
  while (i < line.length) {
    const c = line.charAt(i);
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "`") {
      let end = i;
      while (end < line.length && line.charAt(end) === "`") end++;
      const fence = line.slice(i, end);
      const close = line.indexOf(fence, end);
      i = close === -1 ? end : close + fence.length;
      continue;
    }
    if (c === "*" || c === "_") {
      let end = i;
      while (end < line.length && line.charAt(end) === c) end++;
      const levels = Math.ceil((end - i) / 2);
      const { opens, closes } = flanking(line, i, end);
      if (closes && (open > 0 || !opens)) open = Math.max(0, open - levels);
      else if (opens) open += levels;
      max = Math.max(max, open);
      i = end;
      continue;
    }
    i++;
  }
  return { open, max };
}

/** The deepest nesting of block quotes, list items and emphasis in `markdown`. */
export function nestingDepth(markdown: string): number {
  const lines = markdown.replace(/\r\n?/g, "\n").replace(/\t/g, "    ").split("\n");
  const stack: Container[] = [];
  let fence: string | null = null;
  let inline = 0;
  let deepest = 0;

  for (const line of lines) {
    // Which open containers this line continues.
    let pos = 0;
    let matched = 0;
    for (; matched < stack.length; matched++) {
      const container = stack[matched];
      if (!container) break;
      if (container.kind === "quote") {
        const spaces = spacesAt(line, pos);
        if (spaces > 3 || line.charAt(pos + spaces) !== ">") break;
        pos += spaces + 1;
        if (line.charCodeAt(pos) === SPACE) pos++;
      } else if (isBlank(line, pos)) {
        pos = line.length;
      } else {
        if (spacesAt(line, pos) < container.indent) break;
        pos += container.indent;
      }
    }

    if (fence !== null) {
      const closing = fenceAt(line, pos + Math.min(3, spacesAt(line, pos)));
      if (closing && closing[0] === fence[0] && closing.length >= fence.length) fence = null;
      continue;
    }

    // Containers this line opens.
    let opened = 0;
    for (;;) {
      const spaces = spacesAt(line, pos);
      if (spaces > 3) break;
      const at = pos + spaces;
      if (line.charAt(at) === ">") {
        if (opened === 0) stack.length = matched;
        stack.push({ kind: "quote", indent: 0 });
        opened++;
        pos = at + 1;
        if (line.charCodeAt(pos) === SPACE) pos++;
        continue;
      }
      const marker = listMarkerLength(line, at);
      if (marker === 0) break;
      const after = spacesAt(line, at + marker);
      // Content after 5+ spaces is indented code: the item's content starts one space in.
      const gap = after === 0 || after > 4 ? 1 : after;
      if (opened === 0) stack.length = matched;
      stack.push({ kind: "list", indent: spaces + marker + gap });
      opened++;
      pos = Math.min(line.length, at + marker + gap);
    }

    // Emphasis does not outlive its paragraph; a blank line or a new container ends it.
    if (opened > 0 || isBlank(line, pos)) inline = 0;
    if (isBlank(line, pos)) {
      if (opened === 0) stack.length = matched;
      deepest = Math.max(deepest, stack.length);
      continue;
    }

    const opening = fenceAt(line, pos + Math.min(3, spacesAt(line, pos)));
    if (opening) {
      fence = opening;
      deepest = Math.max(deepest, stack.length);
      continue;
    }

    const scanned = scanInline(line, pos, inline);
    inline = scanned.open;
    deepest = Math.max(deepest, stack.length + scanned.max);
  }
  return deepest;
}

/** Whether `markdown` nests deeper than a comment may. */
export function isTooDeeplyNested(markdown: string): boolean {
  return nestingDepth(markdown) > MAX_NESTING_DEPTH;
}
