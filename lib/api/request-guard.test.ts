import { describe, expect, it } from "vitest";
import { crossOriginRefusal, siteOrigin } from "@/lib/api/request-guard";

const site = "https://marginalia.example";
const h = (entries: Record<string, string>) => new Headers(entries);

describe("crossOriginRefusal", () => {
  it("refuses a cross-site or same-site browser request that changes state", () => {
    expect(crossOriginRefusal("POST", h({ "sec-fetch-site": "cross-site", origin: "http://evil.example" }), site)).toBe("cross_origin_refused");
    expect(crossOriginRefusal("DELETE", h({ "sec-fetch-site": "same-site" }), site)).toBe("cross_origin_refused");
    // Sec-Fetch-Site wins over a matching Origin: another port of the same host is same-site, not same-origin.
    expect(crossOriginRefusal("PUT", h({ "sec-fetch-site": "same-site", origin: site }), site)).toBe("cross_origin_refused");
  });

  it("lets same-origin and direct requests through", () => {
    expect(crossOriginRefusal("POST", h({ "sec-fetch-site": "same-origin", origin: site }), site)).toBeNull();
    expect(crossOriginRefusal("POST", h({ "sec-fetch-site": "none" }), site)).toBeNull();
    expect(crossOriginRefusal("PATCH", h({}), site)).toBeNull();
  });

  it("falls back to Origin when Sec-Fetch-Site is absent", () => {
    expect(crossOriginRefusal("POST", h({ origin: "https://marginalia.example:8443" }), site)).toBe("cross_origin_refused");
    expect(crossOriginRefusal("POST", h({ origin: "null" }), site)).toBe("cross_origin_refused");
    expect(crossOriginRefusal("POST", h({ origin: site }), site)).toBeNull();
  });

  it("leaves reads alone", () => {
    expect(crossOriginRefusal("GET", h({ "sec-fetch-site": "cross-site" }), site)).toBeNull();
    expect(crossOriginRefusal("HEAD", h({ origin: "http://evil.example" }), site)).toBeNull();
  });
});

describe("siteOrigin", () => {
  const request = new Request("http://127.0.0.1:3000/api/v1/x", { headers: { "x-forwarded-host": "proxy.example", "x-forwarded-proto": "https" } });
  it("prefers the configured origin, then forwarded headers when trusted, then the request's", () => {
    expect(siteOrigin(request, { authUrl: "https://a.example/path", trustHost: true })).toBe("https://a.example");
    expect(siteOrigin(request, { siteUrl: "https://s.example", trustHost: false })).toBe("https://s.example");
    expect(siteOrigin(request, { trustHost: true })).toBe("https://proxy.example");
    expect(siteOrigin(request, { trustHost: false })).toBe("http://127.0.0.1:3000");
  });
});
