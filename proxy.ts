import { dropUnsafeCallbackCookies } from "@/lib/auth/callback-cookie";

export const proxy = dropUnsafeCallbackCookies;

// Literal (Next reads it at build time); one entry per cookie, since "has" entries must all match.
export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "cookie", key: "authjs.callback-url" }] },
    { source: "/:path*", has: [{ type: "cookie", key: "__Secure-authjs.callback-url" }] },
  ],
};
