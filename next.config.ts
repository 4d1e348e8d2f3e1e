import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Sign-in callbacks must see 127.0.0.1 as the reader typed it (see ENVIRONMENT.md).
  skipProxyUrlNormalize: true,
};

export default withNextIntl(nextConfig);
