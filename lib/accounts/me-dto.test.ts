import { describe, expect, it } from "vitest";
import { toMeDto } from "@/lib/accounts/me-dto";
import { MeSchema } from "@/lib/api/account-schemas";

const now = new Date("2026-01-10T12:00:00Z");
const user = { id: "u1", name: "读者", image: null, role: "MEMBER", status: "ACTIVE", suspendedUntil: null } as const;
const method = (provider: string, providerAccountId: string) => ({ provider, providerAccountId, linkedAt: now });

describe("toMeDto", () => {
  it("lists each linked provider once and lower-cases role and status", () => {
    const dto = toMeDto({ ...user, role: "MODERATOR" }, [method("github", "1"), method("oidc", "a"), method("github", "2")], now);
    expect(dto).toEqual({
      id: "u1",
      name: "读者",
      image: null,
      role: "moderator",
      status: "active",
      suspendedUntil: null,
      suspensionReason: null,
      accounts: ["github", "oidc"],
    });
    expect(MeSchema.parse(dto)).toEqual(dto);
  });

  it("reports a running suspension with its end, and an elapsed one as active", () => {
    const until = new Date("2026-01-11T00:00:00Z");
    expect(toMeDto({ ...user, status: "SUSPENDED", suspendedUntil: until, suspensionReason: "刷屏" }, [], now)).toMatchObject({
      status: "suspended",
      suspendedUntil: "2026-01-11T00:00:00.000Z",
      suspensionReason: "刷屏",
    });
    expect(toMeDto({ ...user, status: "SUSPENDED", suspendedUntil: new Date("2026-01-01T00:00:00Z"), suspensionReason: "刷屏" }, [], now)).toMatchObject({
      status: "active",
      suspendedUntil: null,
      suspensionReason: null,
    });
  });
});
