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
] as const;
type Known = (typeof KNOWN)[number];

function isKnown(code: string): code is Known {
  return (KNOWN as readonly string[]).includes(code);
}

/**
 * What to tell the reader about a failed call, in their language: known codes
 * (and the body's field codes) have our wording; anything else shows the API's
 * own message, which the API only ever sets to text meant for users.
 */
export function useErrorMessage() {
  const t = useTranslations("discussion.errors");
  return (error: ApiError): string => {
    const field = error.fields?.body?.[0];
    if (field && isKnown(field)) return t(field);
    if (isKnown(error.code)) return t(error.code);
    return error.message || t("internal");
  };
}
