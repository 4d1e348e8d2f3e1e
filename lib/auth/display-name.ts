import { codePointLength, toCodePoints } from "@/lib/text/code-points";

/**
 * Display names: 1 to 30 code points (so an emoji or a CJK Extension B
 * character counts as one), trimmed, NFC, with no control characters and no
 * invisible format characters (zero-width spaces and joiners, bidi overrides),
 * which would let two names look identical or reorder the text around them.
 */
export const DISPLAY_NAME_MAX_LENGTH = 30;

export type DisplayNameProblem = "empty" | "too_long" | "invalid_characters";
export type DisplayNameCheck = { ok: true; name: string } | { ok: false; problem: DisplayNameProblem };

// Cc: controls; Cf: format characters (U+200B..U+200F, U+202A..U+202E, U+2060..U+2064,
// U+FEFF, ...); Zl/Zp: line and paragraph separators; Co/Cs/Cn: private, lone surrogates, unassigned.
const FORBIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}\p{Cn}]/u;

export function checkDisplayName(input: string): DisplayNameCheck {
  const name = input.trim().normalize("NFC");
  if (name === "") return { ok: false, problem: "empty" };
  if (FORBIDDEN.test(name)) return { ok: false, problem: "invalid_characters" };
  if (codePointLength(name) > DISPLAY_NAME_MAX_LENGTH) return { ok: false, problem: "too_long" };
  return { ok: true, name };
}

/**
 * A provider's name made to fit the rules (providers allow long names and
 * invisible characters): cleaned and cut rather than refused, since the reader
 * did not type it. Null when nothing usable is left.
 */
export function displayNameFromProvider(name: string | null | undefined): string | null {
  if (!name) return null;
  const cleaned = name.replace(new RegExp(FORBIDDEN.source, "gu"), "").trim().normalize("NFC");
  const cut = toCodePoints(cleaned).slice(0, DISPLAY_NAME_MAX_LENGTH).join("").trim();
  return cut === "" ? null : cut;
}
