import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OUTSIDE_PRIVATE_NOTES } from "@/lib/discussion/comment-visibility";
import { loadWordFilter } from "@/lib/moderation/load-word-filter";
import { readFlags } from "@/lib/moderation/moderation-flags";
import { getModerationSettings, type ModerationSettings } from "@/lib/moderation/moderation-settings";
import { consumeRateLimit, type RateRule } from "@/lib/moderation/rate-limit";
import { containsLink, duplicateForm, screeningVerdict, wordHits, type Screening } from "@/lib/moderation/screening-rules";

export type { Screening, ScreeningFlag } from "@/lib/moderation/screening-rules";

// A body is refused when it repeats one of the author's latest comments, or
// one of theirs from the last day (looking no further back than the cap).
const DUPLICATE_LATEST = 20;
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;
const DUPLICATE_SCAN_CAP = 50;
const HOUR_SECONDS = 3600;

type Target = {
  author: ActiveUser;
  body: string;
  /** The note's highlight when the comment belongs to one. */
  highlightId: string | null;
};

/**
 * How a new comment enters, decided inside its transaction: refused with 429
 * rate_limited (per-user limits), 422 blocked_word or 409 duplicate_comment;
 * otherwise published, or held (PENDING) for a suspect word, pre-moderation or
 * a new user's link. A private note is its writer's alone: only the rate
 * limits apply to it. The limits run on the database's clock, count the
 * comment only if the transaction commits, and lock the author's limit rows
 * until then, so one author's posts are screened one after the other.
 */
export async function screenNewComment(tx: Prisma.TransactionClient, target: Target): Promise<Screening> {
  const settings = await getModerationSettings(tx);
  await enforceCommentRate(tx, target.author.id, settings);
  if (await isPrivateNote(tx, target.highlightId)) return { status: "PUBLISHED" };
  const suspectTerms = await checkWords(tx, target.body);
  await refuseDuplicate(tx, target.author.id, target.body, new Date());
  return decideHold(tx, target, settings, suspectTerms, false);
}

/**
 * The body checks again for an edit: a blocked word refuses it; a suspect
 * word, or a new user's link, holds the comment for review again.
 */
export async function screenCommentEdit(tx: Prisma.TransactionClient, target: Target): Promise<Screening> {
  if (await isPrivateNote(tx, target.highlightId)) return { status: "PUBLISHED" };
  const suspectTerms = await checkWords(tx, target.body);
  return decideHold(tx, target, await getModerationSettings(tx), suspectTerms, true);
}

/**
 * A private note was screened only for rate: before its highlight goes
 * public, its note gets the checks a public note gets when it is written. A
 * blocked word refuses the change (422 blocked_word); a suspect word,
 * pre-moderation or a new user's link holds the note for review, so others
 * see the highlight without it until a moderator approves it.
 */
export async function screenNotePublication(tx: Prisma.TransactionClient, author: ActiveUser, highlightId: string): Promise<void> {
  const notes = await tx.comment.findMany({
    where: { highlightId, parentId: null, authorId: author.id, status: "PUBLISHED" },
    select: { id: true, body: true, moderationFlags: true },
  });
  for (const note of notes) {
    const suspectTerms = await checkWords(tx, note.body);
    const screening = await decideHold(tx, { author, body: note.body, highlightId }, await getModerationSettings(tx), suspectTerms, false);
    if (screening.status === "PENDING") await tx.comment.update({ where: { id: note.id }, data: heldAgain(note.moderationFlags, screening) });
  }
}

/** The change that holds an existing comment for review, keeping the flags it had. */
export function heldAgain(storedFlags: Prisma.JsonValue | null, screening: Extract<Screening, { status: "PENDING" }>): Prisma.CommentUpdateInput {
  return { status: "PENDING", moderationFlags: [...readFlags(storedFlags), ...screening.moderationFlags] };
}

async function enforceCommentRate(tx: Prisma.TransactionClient, userId: string, settings: ModerationSettings): Promise<void> {
  const rules: [string, RateRule][] = [[`comment:hour:${userId}`, { count: settings.commentsPerHour, periodSeconds: HOUR_SECONDS }]];
  // 0 seconds between comments: no pause required.
  if (settings.commentIntervalSeconds > 0) rules.unshift([`comment:burst:${userId}`, { count: 1, periodSeconds: settings.commentIntervalSeconds }]);
  for (const [key, rule] of rules) {
    const result = await consumeRateLimit(tx, key, rule);
    if (!result.allowed) {
      const seconds = result.retryAfterSeconds;
      throw new AppError("rate_limited", `You are commenting too fast. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`, undefined, {
        retryAfterSeconds: seconds,
      });
    }
  }
}

async function isPrivateNote(tx: Prisma.TransactionClient, highlightId: string | null): Promise<boolean> {
  if (highlightId === null) return false;
  const highlight = await tx.highlight.findUnique({ where: { id: highlightId }, select: { visibility: true } });
  return highlight?.visibility === "PRIVATE";
}

/** Throws 422 blocked_word naming the words; returns the suspect ones. */
async function checkWords(tx: Prisma.TransactionClient, body: string): Promise<string[]> {
  const { blocked, suspect } = wordHits((await loadWordFilter(tx)).scan(body));
  if (blocked.length > 0) {
    const quoted = blocked.map((word) => `“${word}”`).join(", ");
    throw new AppError("blocked_word", `This text contains a word that is not allowed here: ${quoted}. Remove it and try again.`, { body: ["blocked_word"] }, {
      words: blocked,
    });
  }
  return suspect;
}

async function refuseDuplicate(tx: Prisma.TransactionClient, authorId: string, body: string, now: Date): Promise<void> {
  const recent = await tx.comment.findMany({
    // Private notes are nobody else's business: saying in public what one noted privately is no repeat.
    where: { authorId, status: { not: "DELETED" }, ...OUTSIDE_PRIVATE_NOTES },
    orderBy: { createdAt: "desc" },
    take: DUPLICATE_SCAN_CAP,
    select: { body: true, createdAt: true },
  });
  const form = duplicateForm(body);
  const cutoff = now.getTime() - DUPLICATE_WINDOW_MS;
  const repeated = recent.some((comment, index) => (index < DUPLICATE_LATEST || comment.createdAt.getTime() >= cutoff) && duplicateForm(comment.body) === form);
  if (repeated) throw new AppError("duplicate_comment", "You already posted this text. Write something new instead of repeating it.", { body: ["duplicate_comment"] });
}

async function decideHold(
  tx: Prisma.TransactionClient,
  target: Target,
  settings: ModerationSettings,
  suspectTerms: string[],
  isEdit: boolean,
): Promise<Screening> {
  const isStaff = target.author.role !== "MEMBER";
  const hasLink = containsLink(target.body);
  // Counting the author's published comments is only needed when a rule asks whether they are new.
  const needsHistory = !isStaff && (settings.preModeration === "NEW_USERS" || (settings.holdLinksFromNewUsers && hasLink));
  const isNewUser = needsHistory && (await tx.comment.count({ where: { authorId: target.author.id, status: "PUBLISHED" }, take: settings.newUserCommentCount })) < settings.newUserCommentCount;
  return screeningVerdict({ settings, isNewUser, isStaff, suspectTerms, hasLink, isEdit });
}
