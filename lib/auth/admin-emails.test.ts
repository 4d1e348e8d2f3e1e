import { describe, expect, it } from "vitest";
import { isConfiguredAdminEmail } from "@/lib/auth/admin-emails";

describe("isConfiguredAdminEmail", () => {
  const admins = ["editor@example.com", "chief@example.cn"];

  it("matches a listed address whatever its case", () => {
    expect(isConfiguredAdminEmail({ email: "Editor@Example.com" }, admins)).toBe(true);
    expect(isConfiguredAdminEmail({ email: "chief@example.cn", emailVerified: true }, admins)).toBe(true);
  });

  it("ignores other, missing and unverified addresses", () => {
    expect(isConfiguredAdminEmail({ email: "reader@example.com" }, admins)).toBe(false);
    expect(isConfiguredAdminEmail({ email: null }, admins)).toBe(false);
    expect(isConfiguredAdminEmail({ email: "editor@example.com", emailVerified: false }, admins)).toBe(false);
    expect(isConfiguredAdminEmail({ email: "editor@example.com" }, [])).toBe(false);
  });
});
