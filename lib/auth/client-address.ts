/**
 * The client's address, for per-address limits such as sign-in attempts.
 *
 * Next.js route handlers and server actions do not expose the socket. What
 * they have is X-Forwarded-For, which `next start` fills with the socket's
 * address when the request arrives without one, and which every proxy on the
 * way appends the address it saw to. So:
 *  - behind a reverse proxy we trust (AUTH_TRUST_HOST), the right-most entry is
 *    what that proxy saw (X-Real-IP, where a proxy sets it instead, is used when
 *    the list is absent);
 *  - without one, the right-most entry is the socket's address too, unless the
 *    client sent the header itself. A client talking to Next.js directly can
 *    thus choose its address, so production deployments belong behind a proxy
 *    that sets the header (and AUTH_TRUST_HOST); X-Real-IP is not read then,
 *    since nobody we trust set it.
 * "unknown" when there is nothing to go by, so such requests share one limit.
 */
export function clientAddress(headers: Headers, trustProxy: boolean): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  const nearest = forwarded?.at(-1);
  if (nearest) return normalizeAddress(nearest);
  const realIp = trustProxy ? headers.get("x-real-ip")?.trim() : undefined;
  return realIp ? normalizeAddress(realIp) : "unknown";
}

/** One key per address however it is written: IPv4-mapped IPv6 ("::ffff:1.2.3.4") as IPv4, lower-case hex. */
function normalizeAddress(address: string): string {
  const lower = address.toLowerCase();
  return lower.startsWith("::ffff:") && lower.includes(".") ? lower.slice("::ffff:".length) : lower;
}
