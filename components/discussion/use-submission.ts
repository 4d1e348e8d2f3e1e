"use client";

import { useCallback, useRef, useState } from "react";
import { ApiError } from "@/components/discussion/api-client";
import { useDiscussion } from "@/components/discussion/discussion-provider";

/**
 * Runs one submission at a time: a second click (or Ctrl+Enter) while the
 * first is under way does nothing, even before React re-renders the disabled
 * button. Failures are kept for the aria-live error next to the form; a
 * refusal for suspension or ban also tells the article's discussion, which
 * then shows the notice in place of every composer.
 */
export function useSubmission() {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const noteRefusal = useDiscussion()?.noteRefusal;
  const run = useCallback(async (task: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      const failure = caught instanceof ApiError ? caught : new ApiError("internal", "", 0);
      setError(failure);
      noteRefusal?.(failure);
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, [noteRefusal]);
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
