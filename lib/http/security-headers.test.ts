import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/http/security-headers";

const names = (origin: string | undefined) => securityHeaders(origin).map((header) => header.key);

describe("securityHeaders", () => {
  it("forbids framing and sniffing everywhere", () => {
    const byName = Object.fromEntries(securityHeaders(undefined).map((header) => [header.key, header.value]));
    expect(byName["X-Frame-Options"]).toBe("DENY");
    expect(byName["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(byName["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("sends HSTS only for an https site", () => {
    expect(names("https://marginalia.example")).toContain("Strict-Transport-Security");
    expect(names("http://127.0.0.1:3000")).not.toContain("Strict-Transport-Security");
    expect(names(undefined)).not.toContain("Strict-Transport-Security");
  });
});
