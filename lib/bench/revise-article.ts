/**
 * The scripted revision of the seed article for the anchoring benchmark, with
 * every character of the revised text traced back to its offset in the
 * original, so the benchmark knows where each highlight should land.
 */
import { BLOCK_SEPARATOR, documentText, type DocumentText } from "../anchoring/document-text";
import type { Block } from "../anchoring/types";
import { codePointLength, toCodePoints } from "../text/code-points";
import { normalizeText, removeInvisible } from "../text/normalize";

/** Origin of a revised character that the edits inserted. */
export const INSERTED = -1;
/** Origin of a block separator in the revised document text. */
export const SEPARATOR = -2;

/** A block whose characters remember their offset in the original document text. */
type TrackedBlock = { anchor: string; chars: string[]; origins: number[] };

export type ArticleEdit = (blocks: TrackedBlock[]) => TrackedBlock[];

export type RevisedArticle = {
  blocks: Block[];
  doc: DocumentText;
  /** Per code point of `doc`: its offset in the original document text, INSERTED or SEPARATOR. */
  origins: Int32Array;
};

/** Applies `edits` to the article behind `original`, following every character through them. */
export function reviseArticle(
  original: DocumentText,
  blocks: readonly Block[],
  edits: readonly ArticleEdit[],
): RevisedArticle {
  const tracked = blocks.map((block, index): TrackedBlock => {
    // Offsets below count original characters one for one, which holds only for normalised text.
    if (normalizeText(block.text) !== block.text) throw new Error(`block ${block.anchor} is not normalised`);
    const chars = toCodePoints(block.text);
    const start = original.blocks[index]?.start ?? 0;
    return { anchor: block.anchor, chars, origins: chars.map((_, i) => start + i) };
  });
  const revised = edits.reduce((current, edit) => edit(current), tracked);
  const revisedBlocks = revised.map((block) => ({ anchor: block.anchor, text: block.chars.join("") }));
  const doc = documentText(revisedBlocks);
  // documentText drops invisible characters; nothing else in the edits changes under normalisation.
  const origins: number[] = [];
  const expected: string[] = [];
  revised.forEach((block, index) => {
    if (index > 0) {
      for (const char of BLOCK_SEPARATOR) {
        origins.push(SEPARATOR);
        expected.push(char);
      }
    }
    block.chars.forEach((char, i) => {
      if (removeInvisible(char) === "") return;
      origins.push(block.origins[i]!);
      expected.push(char);
    });
  });
  if (expected.join("") !== doc.text) throw new Error("origin tracking lost step with documentText");
  return { blocks: revisedBlocks, doc, origins: Int32Array.from(origins) };
}

function blockAt(blocks: readonly TrackedBlock[], anchor: string): number {
  const index = blocks.findIndex((block) => block.anchor === anchor);
  if (index < 0) throw new Error(`no block ${anchor}`);
  return index;
}

/** Code-point offset of the first occurrence of `text` in a block. */
function find(block: TrackedBlock, text: string): number {
  const joined = block.chars.join("");
  const at = joined.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not in ${block.anchor}`);
  return codePointLength(joined.slice(0, at));
}

function withBlock(anchor: string, change: (block: TrackedBlock) => TrackedBlock[]): ArticleEdit {
  return (blocks) => {
    const index = blockAt(blocks, anchor);
    return [...blocks.slice(0, index), ...change(blocks[index]!), ...blocks.slice(index + 1)];
  };
}

/**
 * Replaces `deleteCount` characters at `at` with `text`. Throws when the same
 * result could come from the edit one character further left or right (as
 * deleting "b," from "a,b,c" or ",b" is the same edit): then which characters
 * survived, and so where a highlight should land, would be a matter of choice.
 */
function splice(block: TrackedBlock, at: number, deleteCount: number, text = ""): TrackedBlock {
  const inserted = toCodePoints(text);
  const deleted = block.chars.slice(at, at + deleteCount);
  const before = block.chars[at - 1];
  const after = block.chars[at + deleteCount];
  const slides =
    (before !== undefined && (deleted.at(-1) ?? before) === before && (inserted.at(-1) ?? before) === before) ||
    (after !== undefined && (deleted[0] ?? after) === after && (inserted[0] ?? after) === after);
  if (slides) throw new Error(`ambiguous edit in ${block.anchor} at ${at}: "${deleted.join("")}" -> "${text}"`);
  const chars = [...block.chars];
  const origins = [...block.origins];
  chars.splice(at, deleteCount, ...inserted);
  origins.splice(at, deleteCount, ...inserted.map(() => INSERTED));
  return { anchor: block.anchor, chars, origins };
}

type Place = "start" | "end" | { before: string } | { after: string };

function insert(anchor: string, place: Place, text: string): ArticleEdit {
  return withBlock(anchor, (block) => {
    const at =
      place === "start"
        ? 0
        : place === "end"
          ? block.chars.length
          : "before" in place
            ? find(block, place.before)
            : find(block, place.after) + codePointLength(place.after);
    return [splice(block, at, 0, text)];
  });
}

/** Replaces the first occurrence of `from`; characters it shares with `to` at either end are kept, as a diff would. */
function replace(anchor: string, from: string, to: string): ArticleEdit {
  const removed = toCodePoints(from);
  const added = toCodePoints(to);
  let head = 0;
  while (head < Math.min(removed.length, added.length) && removed[head] === added[head]) head++;
  let tail = 0;
  while (
    tail < Math.min(removed.length, added.length) - head &&
    removed.at(-1 - tail) === added.at(-1 - tail)
  ) {
    tail++;
  }
  return withBlock(anchor, (block) => [
    splice(block, find(block, from) + head, removed.length - head - tail, added.slice(head, added.length - tail).join("")),
  ]);
}

function remove(anchor: string, text: string): ArticleEdit {
  return replace(anchor, text, "");
}

/** Swaps characters for their other-width forms; they keep their origin, being the same text. */
function swapWidth(anchor: string, swaps: Readonly<Record<string, string>>): ArticleEdit {
  return withBlock(anchor, (block) => [{ ...block, chars: block.chars.map((char) => swaps[char] ?? char) }]);
}

/** Splits a block before `at`; the second half gets `newAnchor`. */
function splitBlock(anchor: string, at: string, newAnchor: string): ArticleEdit {
  return withBlock(anchor, (block) => {
    const cut = find(block, at);
    return [
      { anchor, chars: block.chars.slice(0, cut), origins: block.origins.slice(0, cut) },
      { anchor: newAnchor, chars: block.chars.slice(cut), origins: block.origins.slice(cut) },
    ];
  });
}

/** Appends block `second` to block `first`, which keeps its anchor. */
function mergeBlocks(first: string, second: string): ArticleEdit {
  return (blocks) => {
    const next = blocks[blockAt(blocks, second)]!;
    const rest = blocks.filter((block) => block.anchor !== second);
    return withBlock(first, (block) => [
      { anchor: first, chars: [...block.chars, ...next.chars], origins: [...block.origins, ...next.origins] },
    ])(rest);
  };
}

function deleteBlock(anchor: string): ArticleEdit {
  return withBlock(anchor, () => []);
}

function insertBlock(before: string, anchor: string, text: string): ArticleEdit {
  return withBlock(before, (block) => [splice({ anchor, chars: [], origins: [] }, 0, 0, text), block]);
}

/** Several edits listed as one. */
function all(...edits: ArticleEdit[]): ArticleEdit {
  return (blocks) => edits.reduce((current, edit) => edit(current), blocks);
}

function rewriteBlock(anchor: string, text: string): ArticleEdit {
  return withBlock(anchor, (block) => [splice(block, 0, block.chars.length, text)]);
}

// Escaped: full-width forms are easy to lose when editing.
const HALF_TO_FULL: Readonly<Record<string, string>> = {
  ",": "\uFF0C",
  ":": "\uFF1A",
  "!": "\uFF01",
  "?": "\uFF1F",
  "(": "\uFF08",
  ")": "\uFF09",
};
const FULL_TO_HALF: Readonly<Record<string, string>> = { "\u3002": "\uFF61" };

/** The scripted revision: each kind of edit an author makes between two versions of an article. */
export const ARTICLE_EDITS: readonly { description: string; edit: ArticleEdit }[] = [
  { description: "insert before a passage (b3)", edit: insert("b3", "start", "【编者按】事件仍在发展。") },
  { description: "insert a CJK Ext-B character (b4)", edit: insert("b4", { after: "这" }, "𠮷") },
  { description: "insert inside a passage (b6)", edit: insert("b6", { after: "董事会撕烂了," }, "剧情再度急转直下。") },
  { description: "insert an emoji (b7)", edit: insert("b7", { after: "微软大哥" }, "😀") },
  { description: "insert after a passage (b9)", edit: insert("b9", "end", "(这一点后文还会详细展开)") },
  {
    description: "insert zero-width characters (b13, b20)",
    edit: all(insert("b13", { after: "首席科学家" }, "\u200B"), insert("b20", { after: "金主" }, "\u200B\u200D")),
  },
  { description: "delete a clause (b13)", edit: remove("b13", "除了接任CEO的米拉在前一天晚上知晓,") },
  {
    description: "half- to full-width punctuation (b14, b21, b43)",
    edit: all(swapWidth("b14", HALF_TO_FULL), swapWidth("b21", HALF_TO_FULL), swapWidth("b43", HALF_TO_FULL)),
  },
  { description: "full- to half-width punctuation (b66)", edit: swapWidth("b66", FULL_TO_HALF) },
  { description: "merge two paragraphs (b16 + b17)", edit: mergeBlocks("b16", "b17") },
  { description: "delete a sentence (b21)", edit: remove("b21", "却要仰仗Altman早年在创投圈积累的强大人脉和资源。") },
  {
    description: "\"Open AI\" -> \"OpenAI\" twice (b22)",
    edit: all(replace("b22", "Open AI", "OpenAI"), replace("b22", "Open AI", "OpenAI")),
  },
  { description: "delete a clause (b29)", edit: remove("b29", "只要三票就能把CEO赶走,而且") },
  { description: "split a paragraph (b31)", edit: splitBlock("b31", "前者可以接受投资", "b31a") },
  { description: "delete a paragraph (b36)", edit: deleteBlock("b36") },
  { description: "insert inside a passage (b49)", edit: insert("b49", { before: "16日在APEC" }, "三天后,") },
  { description: "insert a new paragraph (before b52)", edit: insertBlock("b52", "n1", "(编者注:以上时间线据公开报道整理。)") },
  {
    description: "rewrite a paragraph (b57)",
    edit: rewriteBlock("b57", "他相信未来的超级智能可能拥有某种意识,而人类将难以评估它们,这种不确定性正是他最担心的。"),
  },
  {
    description: "replace words (b63, b68)",
    edit: all(replace("b63", "Ilya觉得不安全", "Ilya认为这样做并不安全"), replace("b68", "和事佬", "调停人")),
  },
  { description: "delete words (b67)", edit: remove("b67", "原本860亿美元的") },
];
