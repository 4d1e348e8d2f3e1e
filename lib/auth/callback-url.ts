/**
 * Where a sign-in (or sign-out) may send the reader back to: only a page of
 * this site, never another origin (no open redirect). The result is a path with
 * its query and fragment, so the reader lands on the same article and thread.
 */
const MAX_LENGTH = 2048;
// Any origin works for resolving a relative path; only the comparison matters.
const PLACEHOLDER_ORIGIN = "http://marginalia.invalid";

export function sameSitePath(candidate: unknown, origin: string = PLACEHOLDER_ORIGIN): string | null {
  if (typeof candidate !== "string" || candidate === "" || candidate.length > MAX_LENGTH) return null;
  // Browsers read "\" as "/" ("/\evil.example" is protocol-relative) and drop
  // tabs and newlines inside URLs, so inputs that rely on that are refused.
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return null;
  const isPath = candidate.startsWith("/") && !candidate.startsWith("//");
  let url: URL;
  try {
    url = isPath ? new URL(candidate, origin) : new URL(candidate);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The same-site path, or `fallback` when the candidate is missing or unsafe. */
export function safeReturnPath(candidate: unknown, fallback = "/"): string {
  return sameSitePath(candidate) ?? fallback;
}
