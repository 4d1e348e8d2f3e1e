/**
 * The pure rules that decide how a new or edited comment enters the
 * discussion; lib/moderation/screen-comment.ts gathers their inputs from the
 * database inside the comment's transaction.
 */
import type { PreModeration } from "@/lib/generated/prisma/enums";
import { normalizeForMatching } from "@/lib/text/normalize";
import type { WordFilterResult } from "@/lib/moderation/word-filter";

/** Why a comment was held for review, as stored in Comment.moderationFlags. */
export type ScreeningFlag =
  | { kind: "pre_moderation"; rule: Exclude<PreModeration, "OFF"> }
  | { kind: "suspect_word"; terms: string[] }
  | { kind: "link_from_new_user" };

/** Published at once, or held for review with the reasons. */
export type Screening = { status: "PUBLISHED" } | { status: "PENDING"; moderationFlags: ScreeningFlag[] };

/** Blocked and suspect entries found in the text, each once, in order of first appearance. */
export function wordHits(result: WordFilterResult): { blocked: string[]; suspect: string[] } {
  const unique = (list: "blocked" | "suspect") => [...new Set(result.hits.filter((hit) => hit.list === list).map((hit) => hit.entry))];
  return { blocked: unique("blocked"), suspect: unique("suspect") };
}

// Domains written without a scheme ("example.com", "spam.example.cn/path");
// the endings spam uses most, so that "Node.js" or "e.g." are not links.
const BARE_DOMAIN =
  /(?:^|[^\p{L}\p{N}.@-])(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+(?:com|net|org|cn|io|co|me|info|biz|xyz|top|cc|tv|app|dev|site|online|shop|vip|club|ly|gg|to|ru|tk)(?![\p{L}\p{N}-])/u;
const SCHEME_OR_WWW = /(?:https?|ftp):\/\/|(?:^|[^\p{L}\p{N}])www\./u;

/**
 * Whether the text carries a link: an address with a scheme, "www.", or a
 * bare domain. Checked on the matching form, so full-width "ｈｔｔｐ：／／"
 * and zero-width characters inside an address do not hide it.
 */
export function containsLink(text: string): boolean {
  const folded = normalizeForMatching(text).replace(/[。｡]/gu, ".");
  return SCHEME_OR_WWW.test(folded) || BARE_DOMAIN.test(folded);
}

/**
 * The form in which two bodies count as the same text: matching form with
 * whitespace collapsed, so re-posting with other spacing or full-width
 * letters is still a repeat.
 */
export function duplicateForm(body: string): string {
  return normalizeForMatching(body).replace(/\p{White_Space}+/gu, " ").trim();
}

export type HoldInput = {
  settings: { preModeration: PreModeration; holdLinksFromNewUsers: boolean };
  /** Fewer published comments than the settings' newUserCommentCount. */
  isNewUser: boolean;
  /** Moderators and admins are never held: they could approve themselves anyway. */
  isStaff: boolean;
  suspectTerms: readonly string[];
  hasLink: boolean;
  /** An edit: pre-moderation (which is about a user's first comments) does not apply again. */
  isEdit: boolean;
};

/** Every reason to hold the comment; published when there is none. */
export function screeningVerdict(input: HoldInput): Screening {
  const flags: ScreeningFlag[] = [];
  if (input.suspectTerms.length > 0) flags.push({ kind: "suspect_word", terms: [...input.suspectTerms] });
  if (!input.isStaff && !input.isEdit) {
    const { preModeration } = input.settings;
    if (preModeration === "EVERYONE" || (preModeration === "NEW_USERS" && input.isNewUser)) flags.push({ kind: "pre_moderation", rule: preModeration });
  }
  if (!input.isStaff && input.settings.holdLinksFromNewUsers && input.isNewUser && input.hasLink) flags.push({ kind: "link_from_new_user" });
  return flags.length > 0 ? { status: "PENDING", moderationFlags: flags } : { status: "PUBLISHED" };
}
