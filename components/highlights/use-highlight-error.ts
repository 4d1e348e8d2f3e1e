"use client";

import { useTranslations } from "next-intl";
import type { ApiError } from "@/components/discussion/api-client";
import { useErrorMessage } from "@/components/discussion/use-error-message";

/** The discussion's wording for common failures, plus what only highlights can run into. */
export function useHighlightError() {
  const t = useTranslations("highlights.errors");
  const discussionMessage = useErrorMessage();
  return (error: ApiError): string => {
    if (error.code === "selector_mismatch") return t("selector_mismatch");
    if (error.code === "not_found") return t("not_found");
    return discussionMessage(error);
  };
}
