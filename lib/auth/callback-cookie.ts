import { NextResponse, type NextRequest } from "next/server";

/** Auth.js's callback-URL cookie, over http and over https. */
export const CALLBACK_URL_COOKIES = ["authjs.callback-url", "__Secure-authjs.callback-url"] as const;

/** Auth.js's own test of a callback URL (an http(s) URL, or a path on `origin`). */
function isHttpUrl(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * The callback-URL cookies that Auth.js would refuse. It checks that cookie
 * before any callback runs and answers a bad one (say "javascript:alert(1)")
 * with a 500, so such a cookie is dropped before Auth.js sees it and the
 * reader goes back to the site root instead. Other origins' http URLs pass
 * here: the redirect callback (lib/auth/callback-url.ts) already refuses
 * them, and comparing origins here would misjudge this site's own URLs, since
 * Next reports 127.0.0.1 as localhost.
 */
export function unsafeCallbackCookieNames(cookies: readonly { name: string; value: string }[], origin: string): string[] {
  return cookies
    .filter((cookie) => (CALLBACK_URL_COOKIES as readonly string[]).includes(cookie.name))
    .filter((cookie) => !isHttpUrl(cookie.value, origin))
    .map((cookie) => cookie.name);
}

/**
 * Drops an unsafe Auth.js callback-URL cookie from the request (so sign-in and
 * sign-out, route handler or server action, do not answer 500) and from the
 * browser. Runs only on requests that carry that cookie.
 */
export function dropUnsafeCallbackCookies(request: NextRequest) {
  const unsafe = unsafeCallbackCookieNames(request.cookies.getAll(), request.nextUrl.origin);
  if (unsafe.length === 0) return NextResponse.next();
  // RequestCookies.delete rewrites the request's Cookie header.
  for (const name of unsafe) request.cookies.delete(name);
  const response = NextResponse.next({ request: { headers: request.headers } });
  for (const name of unsafe) response.cookies.delete(name);
  return response;
}
