/**
 * Headers for every response. The CSP only restricts framing, <base>, plugins
 * and form targets: a script-src policy needs a per-request nonce (proxy.ts),
 * which forces dynamic rendering, and is not in place yet.
 */
export const CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'";

export function securityHeaders(siteOrigin: string | undefined): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
  // Only a site served over https can ask browsers to insist on it.
  if (siteOrigin?.startsWith("https://")) headers.push({ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" });
  return headers;
}
