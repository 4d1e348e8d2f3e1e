/**
 * Admin-maintained word lists for comments: a blocked word rejects the
 * comment, a suspect word holds it for review.
 *
 * Text and entries are compared after normalizeForMatching (NFKC, so full- and
 * half-width forms match; case folded; zero-width characters removed), with
 * runs of whitespace collapsed to one space. Then:
 *  - Entries without CJK characters ("spam", "open ai") match as substrings,
 *    but an entry edge that is a Latin letter or digit must not touch another
 *    Latin letter or digit in the text: "ass" matches "ASS!" and "你是ass吗",
 *    not "class" or "passage". CJK, punctuation, spaces and emoji all count
 *    as boundaries.
 *  - Entries with CJK characters ("傻逼", "Open AI骗子") match anywhere, and
 *    are compared with whitespace, punctuation, symbols (including emoji),
 *    combining marks and format characters removed from both entry and text,
 *    so "傻 逼", "傻.逼" and "傻😀逼" still match. This is what writers do to
 *    dodge filters; the price is that the last character of one sentence and
 *    the first of the next can form an entry across the punctuation between
 *    them ("我不傻。逼他…"), which is acceptable for a list admins curate. Latin
 *    edges of such entries keep the boundary rule above.
 * Both kinds are found in one pass each with Aho–Corasick automata over code
 * points, so a scan is linear in the comment length plus the number of hits,
 * however many entries there are.
 */
import { codePointLength } from "../text/code-points";
import { normalizeForMatching, removeInvisible } from "../text/normalize";

export type WordList = "blocked" | "suspect";

export type WordLists = {
  blocked: readonly string[];
  suspect: readonly string[];
};

/** One occurrence of an entry; `start`/`end` are code-point offsets into the scanned text, `end` exclusive. */
export type WordHit = {
  /** The entry as given to compileWordFilter. */
  entry: string;
  list: WordList;
  start: number;
  end: number;
};

export type WordFilterVerdict = "reject" | "hold" | "pass";

export type WordFilterResult = {
  verdict: WordFilterVerdict;
  /** Every occurrence (overlapping ones included), ordered by start, then end. */
  hits: WordHit[];
};

export type WordFilter = {
  scan(text: string): WordFilterResult;
};

export const MAX_ENTRY_LENGTH = 50;

export type WordEntryError = "empty" | "too_long" | "invisible_only";

export type WordEntryValidation = { ok: true; entry: string } | { ok: false; error: WordEntryError };

const WHITESPACE = /\p{White_Space}/u;
const WHITESPACE_RUN = /\p{White_Space}+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u;
const LATIN_WORD_CHAR = /[\p{Script=Latin}\p{Nd}]/u;
// Removed in the compact form that CJK entries are matched against.
const COMPACT_SKIP = /[\p{White_Space}\p{P}\p{S}\p{M}\p{Cf}]/u;

/** Checks an entry typed by an admin; on success returns the normalised form to store. */
export function validateWordEntry(raw: string): WordEntryValidation {
  if (raw.trim() === "") return { ok: false, error: "empty" };
  const entry = normalizeEntry(raw);
  if (entry === "") return { ok: false, error: "invisible_only" };
  if (codePointLength(entry) > MAX_ENTRY_LENGTH) return { ok: false, error: "too_long" };
  return { ok: true, entry };
}

/**
 * Builds the matcher once per version of the lists. Invalid entries are
 * skipped, since lists saved before a validation rule changed must still
 * load; an entry in both lists counts as blocked.
 */
export function compileWordFilter(lists: WordLists): WordFilter {
  const spaced = new Automaton();
  const compact = new Automaton();
  const add = (raw: string, list: WordList) => {
    const validation = validateWordEntry(raw);
    if (!validation.ok) return;
    const codePoints = toCodePointArray(validation.entry);
    if (CJK.test(validation.entry)) compact.add(codePoints.filter((cp) => !isCompactSkip(cp)), raw, list);
    else spaced.add(codePoints, raw, list);
  };
  lists.blocked.forEach((raw) => add(raw, "blocked"));
  lists.suspect.forEach((raw) => add(raw, "suspect"));
  spaced.build();
  compact.build();

  return {
    scan(text) {
      const prepared = prepare(text);
      const hits: WordHit[] = [];
      const report = (pattern: Pattern, first: number, last: number) => {
        // first/last index prepared.codePoints, whichever automaton found the hit.
        if (pattern.checkStart && isLatinWordChar(prepared.codePoints[first - 1])) return;
        if (pattern.checkEnd && isLatinWordChar(prepared.codePoints[last + 1])) return;
        hits.push({ entry: pattern.entry, list: pattern.list, start: prepared.starts[first]!, end: prepared.ends[last]! });
      };
      spaced.search(prepared.codePoints, report);
      compact.search(prepared.compact, (pattern, first, last) =>
        report(pattern, prepared.compactAt[first]!, prepared.compactAt[last]!),
      );
      hits.sort((a, b) => a.start - b.start || a.end - b.end);
      return { verdict: verdictOf(hits), hits };
    },
  };
}

function verdictOf(hits: readonly WordHit[]): WordFilterVerdict {
  if (hits.some((hit) => hit.list === "blocked")) return "reject";
  return hits.length > 0 ? "hold" : "pass";
}

function normalizeEntry(raw: string): string {
  return normalizeForMatching(raw).replace(WHITESPACE_RUN, " ").trim();
}

/** Normalised text plus, per normalised code point, the original code-point range it came from. */
type PreparedText = {
  codePoints: number[];
  starts: number[];
  ends: number[];
  /** codePoints without the characters in COMPACT_SKIP ... */
  compact: number[];
  /** ... and the index in codePoints of each of them. */
  compactAt: number[];
};

// Characters that NFKC can compose with the character before them: combining
// marks, and Hangul vowel and final jamo (which compose into syllables).
const COMPOSES_WITH_PREVIOUS = /[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

function prepare(text: string): PreparedText {
  // Invisible characters go first, so a mark split from its base by one still
  // composes with it (as in normalizeForMatching on the whole text).
  const chars: string[] = [];
  const origins: number[] = [];
  let offset = 0;
  for (const char of text) {
    if (removeInvisible(char) !== "") {
      chars.push(char);
      origins.push(offset);
    }
    offset++;
  }
  // Normalising a character together with the marks after it gives the same
  // result as normalising the whole text, since NFKC composes nothing else,
  // and tells which original characters each normalised character came from.
  // (Intl.Segmenter graphemes would do too, but cost ten times the whole scan.)
  const prepared: PreparedText = { codePoints: [], starts: [], ends: [], compact: [], compactAt: [] };
  let next = 0;
  while (next < chars.length) {
    const first = next;
    next++;
    while (next < chars.length && COMPOSES_WITH_PREVIOUS.test(chars[next]!)) next++;
    const start = origins[first]!;
    const end = origins[next - 1]! + 1;
    for (const char of normalizeForMatching(chars.slice(first, next).join(""))) {
      const last = prepared.codePoints.length - 1;
      if (!WHITESPACE.test(char)) pushCodePoint(prepared, char.codePointAt(0)!, start, end);
      else if (prepared.codePoints[last] !== SPACE) pushCodePoint(prepared, SPACE, start, end);
      else prepared.ends[last] = end;
    }
  }
  return prepared;
}

const SPACE = 0x20;

function pushCodePoint(prepared: PreparedText, codePoint: number, start: number, end: number): void {
  if (!isCompactSkip(codePoint)) {
    prepared.compact.push(codePoint);
    prepared.compactAt.push(prepared.codePoints.length);
  }
  prepared.codePoints.push(codePoint);
  prepared.starts.push(start);
  prepared.ends.push(end);
}

function toCodePointArray(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!);
}

function isCompactSkip(codePoint: number): boolean {
  return COMPACT_SKIP.test(String.fromCodePoint(codePoint));
}

function isLatinWordChar(codePoint: number | undefined): boolean {
  return codePoint !== undefined && LATIN_WORD_CHAR.test(String.fromCodePoint(codePoint));
}

type Pattern = {
  entry: string;
  list: WordList;
  length: number;
  checkStart: boolean;
  checkEnd: boolean;
};

/** Aho–Corasick automaton over code points; node 0 is the root. */
class Automaton {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Pattern ending at each node, or undefined. */
  private readonly output: (Pattern | undefined)[] = [undefined];
  /** Nearest node along the fail chain that has an output (0 if none). */
  private readonly outputLink: number[] = [0];

  add(codePoints: readonly number[], entry: string, list: WordList): void {
    let node = 0;
    for (const codePoint of codePoints) {
      let child = this.next[node]!.get(codePoint);
      if (child === undefined) {
        child = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.output.push(undefined);
        this.outputLink.push(0);
        this.next[node]!.set(codePoint, child);
      }
      node = child;
    }
    // The first entry with this form wins; blocked entries are added first.
    if (node === 0 || this.output[node] !== undefined) return;
    this.output[node] = {
      entry,
      list,
      length: codePoints.length,
      checkStart: isLatinWordChar(codePoints[0]),
      checkEnd: isLatinWordChar(codePoints.at(-1)),
    };
  }

  /** Computes fail and output links breadth-first; call once after the last add. */
  build(): void {
    const queue: number[] = [...this.next[0]!.values()];
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head]!;
      for (const [codePoint, child] of this.next[node]!) {
        let fallback = this.fail[node]!;
        while (fallback !== 0 && !this.next[fallback]!.has(codePoint)) fallback = this.fail[fallback]!;
        const target = this.next[fallback]!.get(codePoint);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        const failNode = this.fail[child]!;
        this.outputLink[child] = this.output[failNode] !== undefined ? failNode : this.outputLink[failNode]!;
        queue.push(child);
      }
    }
  }

  /** Calls `found` with the first and last index in `text` of every occurrence of every pattern. */
  search(text: readonly number[], found: (pattern: Pattern, first: number, last: number) => void): void {
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const codePoint = text[i]!;
      while (node !== 0 && !this.next[node]!.has(codePoint)) node = this.fail[node]!;
      node = this.next[node]!.get(codePoint) ?? 0;
      for (let hit = this.output[node] !== undefined ? node : this.outputLink[node]!; hit !== 0; hit = this.outputLink[hit]!) {
        const pattern = this.output[hit]!;
        found(pattern, i - pattern.length + 1, i);
      }
    }
  }
}
