import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("clientAddress", () => {
  it("takes the address the nearest proxy saw: the right-most X-Forwarded-For entry", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "203.0.113.9, 198.51.100.7" }), true)).toBe("198.51.100.7");
    expect(clientAddress(headers({ "x-forwarded-for": " 203.0.113.9 " }), false)).toBe("203.0.113.9");
  });

  it("writes one address one way", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), false)).toBe("127.0.0.1");
    expect(clientAddress(headers({ "x-forwarded-for": "2001:DB8::1" }), false)).toBe("2001:db8::1");
  });

  it("reads X-Real-IP only from a trusted proxy", () => {
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.9" }), true)).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.9" }), false)).toBe("unknown");
  });

  it("puts requests without any address under one key", () => {
    expect(clientAddress(headers({}), true)).toBe("unknown");
    expect(clientAddress(headers({ "x-forwarded-for": " , " }), true)).toBe("unknown");
  });
});
