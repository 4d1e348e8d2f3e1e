import { describe, expect, it } from "vitest";
import { safeReturnPath, sameSitePath } from "@/lib/auth/callback-url";

const ORIGIN = "http://127.0.0.1:3000";

describe("sameSitePath", () => {
  it("keeps a path with its query and fragment", () => {
    expect(sameSitePath("/articles/openai-board-reversal?thread=b-12#discussion", ORIGIN)).toBe(
      "/articles/openai-board-reversal?thread=b-12#discussion",
    );
  });

  it("accepts absolute URLs on the same origin and returns their path", () => {
    expect(sameSitePath(`${ORIGIN}/account`, ORIGIN)).toBe("/account");
    expect(sameSitePath(`${ORIGIN}`, ORIGIN)).toBe("/");
  });

  it("refuses other origins, including a different port or scheme", () => {
    expect(sameSitePath("https://evil.example/account", ORIGIN)).toBeNull();
    expect(sameSitePath("http://127.0.0.1:3001/account", ORIGIN)).toBeNull();
    expect(sameSitePath("https://127.0.0.1:3000/account", ORIGIN)).toBeNull();
    expect(sameSitePath("http://127.0.0.1:3000@evil.example/", ORIGIN)).toBeNull();
  });

  it("refuses protocol-relative and backslash tricks", () => {
    expect(sameSitePath("//evil.example/path", ORIGIN)).toBeNull();
    expect(sameSitePath("/\\evil.example", ORIGIN)).toBeNull();
    expect(sameSitePath("\\\\evil.example", ORIGIN)).toBeNull();
    expect(sameSitePath("/\t/evil.example", ORIGIN)).toBeNull();
    expect(sameSitePath("/\n/evil.example", ORIGIN)).toBeNull();
  });

  it("refuses other schemes", () => {
    expect(sameSitePath("javascript:alert(1)", ORIGIN)).toBeNull();
    expect(sameSitePath("data:text/html,hi", ORIGIN)).toBeNull();
    expect(sameSitePath("mailto:a@example.com", ORIGIN)).toBeNull();
  });

  it("resolves dot segments without leaving the site", () => {
    expect(sameSitePath("/articles/../account", ORIGIN)).toBe("/account");
    expect(sameSitePath("/../../etc", ORIGIN)).toBe("/etc");
  });

  it("refuses empty, non-string, relative-without-slash and oversized input", () => {
    expect(sameSitePath("", ORIGIN)).toBeNull();
    expect(sameSitePath(undefined, ORIGIN)).toBeNull();
    expect(sameSitePath(42, ORIGIN)).toBeNull();
    expect(sameSitePath("account", ORIGIN)).toBeNull();
    expect(sameSitePath(`/${"a".repeat(2048)}`, ORIGIN)).toBeNull();
  });
});

describe("safeReturnPath", () => {
  it("passes same-site paths through and falls back otherwise", () => {
    expect(safeReturnPath("/account#names")).toBe("/account#names");
    expect(safeReturnPath("https://evil.example/")).toBe("/");
    expect(safeReturnPath(null, "/articles")).toBe("/articles");
  });
});
