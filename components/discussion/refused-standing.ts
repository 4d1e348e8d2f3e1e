import type { ApiError } from "@/components/discussion/api-client";
import type { DiscussionViewer } from "@/components/discussion/discussion-viewer";

type Standing = NonNullable<DiscussionViewer>["standing"];

/**
 * The standing a write's refusal reveals (the reader was suspended or banned
 * while the page was open), so the page can show the notice without a reload;
 * null for any other error.
 */
export function standingFromRefusal(error: Pick<ApiError, "code" | "details">): Standing | null {
  const reason = typeof error.details?.reason === "string" ? error.details.reason : null;
  switch (error.code) {
    case "account_suspended": {
      const until = error.details?.suspendedUntil;
      return { status: "suspended", until: typeof until === "string" && !Number.isNaN(Date.parse(until)) ? until : null, reason };
    }
    case "account_banned":
      return { status: "banned", reason };
    default:
      return null;
  }
}
