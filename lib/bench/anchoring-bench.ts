/**
 * Re-anchoring benchmark: 10,000 seeded highlights on the seed article, one
 * scripted revision, and our reanchor against a Hypothesis-style baseline on
 * approx-string-match. Prints figures only; nothing here asserts.
 *
 *   npx tsx lib/bench/anchoring-bench.ts
 */
import { readFileSync } from "node:fs";
import { documentText, type DocumentText } from "../anchoring/document-text";
import { reanchor } from "../anchoring/reanchor";
import { createSelectors } from "../anchoring/selectors";
import type { Block } from "../anchoring/types";
import { GROUND_TRUTH_DEFINITION, groundTruth, type Expected } from "./ground-truth";
import { hypothesisAnchor, type BaselineSelectors } from "./hypothesis-baseline";
import { ARTICLE_EDITS, reviseArticle } from "./revise-article";

const SEED = 20231120;
const HIGHLIGHTS = 10_000;
const CROSS_BLOCK_SHARE = 0.3;
const MIN_LENGTH = 2;
const MAX_LENGTH = 60;
const ROUNDS = 3;
const ARTICLE = new URL("../../prisma/seed/openai-board-reversal.txt", import.meta.url);
const END_MARKER = "相关主题/热点";

type Range = { start: number; end: number };
/** Where a method put a highlight, and which step found it; null for an orphan. */
type Landing = (Range & { method: string }) | null;

/** Non-empty trimmed lines between the title (the first line) and the end marker, one block each. */
function parseArticle(source: string): Block[] {
  const lines = source.split(/\r?\n/).map((line) => line.trim());
  const title = lines.findIndex((line) => line !== "");
  const end = lines.indexOf(END_MARKER);
  return lines
    .slice(title + 1, end < 0 ? undefined : end)
    .filter((line) => line !== "")
    .map((text, index) => ({ anchor: `b${index + 1}`, text }));
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Highlights over block text, as a reader would select: the start is uniform
 * over the article's characters, the length uniform in MIN..MAX_LENGTH
 * (separator included for the ones spanning two blocks); draws that do not
 * fit are redrawn.
 */
function randomHighlights(doc: DocumentText, random: () => number): { ranges: Range[]; crossBlock: number } {
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const offsets = doc.blocks.flatMap((span, index) =>
    Array.from({ length: span.end - span.start }, (_, i) => ({ offset: span.start + i, index })),
  );
  const ranges: Range[] = [];
  let crossBlock = 0;
  while (ranges.length < HIGHLIGHTS) {
    const { offset: start, index } = offsets[between(0, offsets.length - 1)]!;
    const span = doc.blocks[index]!;
    if (random() < CROSS_BLOCK_SHARE) {
      const next = doc.blocks[index + 1];
      const end = start + between(MIN_LENGTH + 2, MAX_LENGTH);
      if (next === undefined || end <= next.start || end > next.end) continue;
      ranges.push({ start, end });
      crossBlock++;
    } else {
      const end = start + between(MIN_LENGTH, MAX_LENGTH);
      if (end > span.end) continue;
      ranges.push({ start, end });
    }
  }
  return { ranges, crossBlock };
}

/**
 * Offset conversions for the baseline. A UTF-16 range can cut a surrogate
 * pair; only whole characters count, so a start inside a pair moves past it
 * and an end inside one moves before it.
 */
function utf16Tables(text: string) {
  const toUtf16: number[] = [];
  const startAt = new Int32Array(text.length + 1);
  const endAt = new Int32Array(text.length + 1);
  let codePoint = 0;
  let unit = 0;
  for (const char of text) {
    toUtf16.push(unit);
    startAt[unit] = endAt[unit] = codePoint;
    if (char.length === 2) {
      startAt[unit + 1] = codePoint + 1;
      endAt[unit + 1] = codePoint;
    }
    unit += char.length;
    codePoint++;
  }
  startAt[unit] = endAt[unit] = codePoint;
  toUtf16.push(unit);
  return { toUtf16: Int32Array.from(toUtf16), startAt, endAt };
}

type Outcome =
  | "correct"
  | "nearMiss"
  | "overlapping"
  | "elsewhere"
  | "orphanCorrect"
  | "orphanWrong"
  | "anchoredWhenGone";

/** Both ends at most this many code points off still makes a near miss. */
const NEAR = 3;

function classify(expected: Expected, got: Landing): Outcome {
  if (expected.status === "orphan") return got === null ? "orphanCorrect" : "anchoredWhenGone";
  if (got === null) return "orphanWrong";
  if (got.start === expected.start && got.end === expected.end) return "correct";
  if (Math.abs(got.start - expected.start) <= NEAR && Math.abs(got.end - expected.end) <= NEAR) return "nearMiss";
  return got.start < expected.end && expected.start < got.end ? "overlapping" : "elsewhere";
}

// Reanchor's fuzzy budget is 20% of the quote (25% with strong context), so
// results are split there.
const BANDS = ["intact", "changed <= 20%", "changed 20-50%"] as const;

function band(expected: Expected & { status: "anchored" }): number {
  return expected.changed === 0 ? 0 : expected.changed <= 0.2 ? 1 : 2;
}

type Tally = {
  milliseconds: number;
  outcomes: Record<Outcome, number>;
  /** Correct landings per band. */
  correct: number[];
  methods: Map<string, number>;
};

function tally(expected: readonly Expected[], landings: readonly Landing[], milliseconds: number): Tally {
  const outcomes: Record<Outcome, number> = {
    correct: 0,
    nearMiss: 0,
    overlapping: 0,
    elsewhere: 0,
    orphanCorrect: 0,
    orphanWrong: 0,
    anchoredWhenGone: 0,
  };
  const correct = BANDS.map(() => 0);
  const methods = new Map<string, number>();
  landings.forEach((landing, index) => {
    const want = expected[index]!;
    const outcome = classify(want, landing);
    outcomes[outcome]++;
    if (outcome === "correct" && want.status === "anchored") correct[band(want)]! += 1;
    if (landing !== null) methods.set(landing.method, (methods.get(landing.method) ?? 0) + 1);
  });
  return { milliseconds, outcomes, correct, methods };
}

/**
 * Runs each contender ROUNDS times, interleaved so that load from other
 * processes hits both alike, and keeps the median time. Results are
 * deterministic, so the last round's landings stand for all.
 */
function timeRounds(contenders: readonly (() => Landing[])[]): { landings: Landing[]; milliseconds: number }[] {
  const times = contenders.map((): number[] => []);
  const landings = contenders.map((): Landing[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    contenders.forEach((anchorAll, index) => {
      const started = performance.now();
      landings[index] = anchorAll();
      times[index]!.push(performance.now() - started);
    });
  }
  return contenders.map((_, index) => ({
    landings: landings[index]!,
    milliseconds: times[index]!.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)]!,
  }));
}

function main(): void {
  const blocks = parseArticle(readFileSync(ARTICLE, "utf8"));
  const original = documentText(blocks);
  const { ranges, crossBlock } = randomHighlights(original, mulberry32(SEED));
  const selectors = ranges.map(({ start, end }) => createSelectors(original, start, end));

  const prepareStarted = performance.now();
  const revised = reviseArticle(original, blocks, ARTICLE_EDITS.map(({ edit }) => edit));
  const prepareMilliseconds = performance.now() - prepareStarted;
  const expectedOf = groundTruth(original, revised.origins);
  const expected = ranges.map(({ start, end }) => expectedOf(start, end));

  const anchorOurs = (): Landing[] =>
    selectors.map((selector) => {
      const result = reanchor(revised.doc, selector);
      return result.status === "orphan" ? null : { start: result.start, end: result.end, method: result.method };
    });

  const originalUtf16 = utf16Tables(original.text).toUtf16;
  const revisedCodePoint = utf16Tables(revised.doc.text);
  const baselineSelectors: BaselineSelectors[] = selectors.map(({ quote, position }) => ({
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    start: originalUtf16[position.start]!,
    end: originalUtf16[position.end]!,
  }));
  const anchorBaseline = (): Landing[] =>
    baselineSelectors.map((selector) => {
      const found = hypothesisAnchor(revised.doc.text, selector);
      if (found === null) return null;
      const start = revisedCodePoint.startAt[found.start]!;
      const end = revisedCodePoint.endAt[found.end]!;
      return start < end ? { start, end, method: found.method } : null;
    });
  const [oursRun, baselineRun] = timeRounds([anchorOurs, anchorBaseline]);
  const ours = tally(expected, oursRun!.landings, oursRun!.milliseconds);
  const baseline = tally(expected, baselineRun!.landings, baselineRun!.milliseconds);

  report({ blocks, revisedBlocks: revised.blocks.length, crossBlock, expected, prepareMilliseconds, ours, baseline });
}

function report(args: {
  blocks: readonly Block[];
  revisedBlocks: number;
  crossBlock: number;
  expected: readonly Expected[];
  prepareMilliseconds: number;
  ours: Tally;
  baseline: Tally;
}): void {
  const { expected, ours, baseline } = args;
  const bandSizes = BANDS.map(() => 0);
  for (const want of expected) if (want.status === "anchored") bandSizes[band(want)]! += 1;
  const gone = expected.filter((want) => want.status === "orphan").length;
  const lines: string[] = [
    `Article: prisma/seed/openai-board-reversal.txt, ${args.blocks.length} blocks -> ${args.revisedBlocks} after revision`,
    `Highlights: ${expected.length} (seed ${SEED}, mulberry32), ${MIN_LENGTH}..${MAX_LENGTH} code points, ` +
      `${expected.length - args.crossBlock} within one block, ${args.crossBlock} across two`,
    `Edits (${ARTICLE_EDITS.length}):`,
    ...ARTICLE_EDITS.map(({ description }) => `  - ${description}`),
    "Ground truth:",
    ...GROUND_TRUTH_DEFINITION.map((line) => `  ${line}`),
    `Expected: ${BANDS.map((name, index) => `${bandSizes[index]} ${name}`).join(", ")}, ${gone} orphan`,
    `Revision + documentText(revised) + origin tracking: ${args.prepareMilliseconds.toFixed(1)} ms (not in the times below)`,
    "",
  ];
  const rows: [string, string, string][] = [
    ["", "reanchor (ours)", "approx-string-match baseline"],
    [`total time (ms, median of ${ROUNDS})`, ours.milliseconds.toFixed(1), baseline.milliseconds.toFixed(1)],
    [
      "mean per highlight (µs)",
      ((ours.milliseconds * 1000) / expected.length).toFixed(1),
      ((baseline.milliseconds * 1000) / expected.length).toFixed(1),
    ],
    ["correct: exact expected range", String(ours.outcomes.correct), String(baseline.outcomes.correct)],
    ...BANDS.map((name, index): [string, string, string] => [
      `  of ${bandSizes[index]} ${name}`,
      String(ours.correct[index]),
      String(baseline.correct[index]),
    ]),
    [`correct orphans (of ${gone})`, String(ours.outcomes.orphanCorrect), String(baseline.outcomes.orphanCorrect)],
    [`wrong: near miss (ends <= ${NEAR} off)`, String(ours.outcomes.nearMiss), String(baseline.outcomes.nearMiss)],
    ["wrong: other overlap with expected", String(ours.outcomes.overlapping), String(baseline.outcomes.overlapping)],
    ["wrong: elsewhere", String(ours.outcomes.elsewhere), String(baseline.outcomes.elsewhere)],
    ["wrong: anchored, orphan expected", String(ours.outcomes.anchoredWhenGone), String(baseline.outcomes.anchoredWhenGone)],
    ["wrong orphans (text still there)", String(ours.outcomes.orphanWrong), String(baseline.outcomes.orphanWrong)],
    ["anchored by position check", count(ours, "position"), count(baseline, "position")],
    ["anchored by exact quote search", count(ours, "quote"), "-"],
    ["anchored by fuzzy quote search", count(ours, "fuzzy"), "-"],
    ["anchored by matchQuote (exact or fuzzy)", "-", count(baseline, "quote")],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) {
    lines.push(`${row[0].padEnd(widths[0]!)} | ${row[1].padStart(widths[1]!)} | ${row[2].padStart(widths[2]!)}`);
  }
  console.log(lines.join("\n"));
}

function count(tally: Tally, method: string): string {
  return String(tally.methods.get(method) ?? 0);
}

main();
