"use client";

import { useCallback, useRef, useState } from "react";
import { ApiError } from "@/components/discussion/api-client";

/**
 * Runs one submission at a time: a second click (or Ctrl+Enter) while the
 * first is under way does nothing, even before React re-renders the disabled
 * button. Failures are kept for the aria-live error next to the form.
 */
export function useSubmission() {
  const busy = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async (task: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    setPending(true);
    setError(null);
    try {
      await task();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError("internal", "", 0));
    } finally {
      busy.current = false;
      setPending(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { pending, error, run, clearError };
}
