/** Methods that change state; only these are guarded against cross-site requests. */
const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export type GuardRefusal = "cross_origin_refused" | null;

/**
 * Whether a request may change state: a browser that sends Sec-Fetch-Site
 * must say same-origin (or none: typed, bookmarked); otherwise an Origin, when
 * sent, must be the site's own. Requests with neither (curl, server-side
 * clients) carry no ambient browser cookies from another site, so they pass.
 */
export function crossOriginRefusal(method: string, headers: Headers, siteOrigin: string): GuardRefusal {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return null;
  const fetchSite = headers.get("sec-fetch-site")?.trim().toLowerCase();
  if (fetchSite) return fetchSite === "same-origin" || fetchSite === "none" ? null : "cross_origin_refused";
  const origin = headers.get("origin")?.trim();
  if (origin) return sameOrigin(origin, siteOrigin) ? null : "cross_origin_refused";
  return null;
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * The site's origin as the browser sees it: AUTH_URL or SITE_URL when set;
 * else, behind a trusted proxy, X-Forwarded-Host/-Proto; else the request's own.
 */
export function siteOrigin(
  request: Request,
  settings: { authUrl?: string; siteUrl?: string; trustHost: boolean },
): string {
  const configured = settings.authUrl ?? settings.siteUrl;
  if (configured) return new URL(configured).origin;
  const url = new URL(request.url);
  if (settings.trustHost) {
    const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
    const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? url.protocol.replace(":", "");
    if (host) return `${proto}://${host}`;
  }
  return url.origin;
}
