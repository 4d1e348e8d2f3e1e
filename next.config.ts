import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { env } from "./lib/env";
import { securityHeaders } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Sign-in callbacks must see 127.0.0.1 as the reader typed it (see ENVIRONMENT.md).
  skipProxyUrlNormalize: true,
  headers: async () => [{ source: "/:path*", headers: securityHeaders(env.AUTH_URL ?? env.SITE_URL) }],
};

export default withNextIntl(nextConfig);
