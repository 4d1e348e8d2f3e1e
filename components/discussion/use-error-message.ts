"use client";

import { useTranslations } from "next-intl";
import type { ApiError } from "@/components/discussion/api-client";

const KNOWN = [
  "network",
  "unauthorized",
  "account_suspended",
  "account_banned",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "validation_failed",
  "internal",
  "empty",
  "too_long",
  "too_deeply_nested",
] as const;
type Known = (typeof KNOWN)[number];

function isKnown(code: string): code is Known {
  return (KNOWN as readonly string[]).includes(code);
}

/**
 * Refusals by moderation, worded from the error's details: how long to wait,
 * which words are blocked.
 */
function postingMessage(error: ApiError, t: ReturnType<typeof useTranslations>): string | null {
  switch (error.code) {
    case "rate_limited": {
      const seconds = error.details?.retryAfterSeconds;
      return seconds ? t("rate_limited", { seconds }) : t("rate_limited_soon");
    }
    case "blocked_word": {
      const words = error.details?.words ?? [];
      return words.length > 0 ? t("blocked_word", { words: words.join("、") }) : t("blocked_word_unnamed");
    }
    case "duplicate_comment":
      return t("duplicate_comment");
    case "thread_locked":
      return t("thread_locked");
    default:
      return null;
  }
}

/**
 * What to tell the reader about a failed call, in their language: known codes
 * (and the body's field codes) have our wording; anything else shows the API's
 * own message, which the API only ever sets to text meant for users.
 */
export function useErrorMessage() {
  const t = useTranslations("discussion.errors");
  const tPosting = useTranslations("moderation.postErrors");
  return (error: ApiError): string => {
    const posting = postingMessage(error, tPosting);
    if (posting) return posting;
    const field = error.fields?.body?.[0];
    if (field && isKnown(field)) return t(field);
    if (isKnown(error.code)) return t(error.code);
    return error.message || t("internal");
  };
}
