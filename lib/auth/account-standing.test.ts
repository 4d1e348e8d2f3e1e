import { describe, expect, it } from "vitest";
import { accountStanding } from "@/lib/auth/account-standing";

const now = new Date("2026-01-10T12:00:00Z");

describe("accountStanding", () => {
  it("is active for active users", () => {
    expect(accountStanding({ status: "ACTIVE", suspendedUntil: null }, now)).toEqual({ status: "active" });
  });

  it("is suspended until the end of the suspension, then active again", () => {
    const until = new Date("2026-01-11T00:00:00Z");
    expect(accountStanding({ status: "SUSPENDED", suspendedUntil: until }, now)).toEqual({ status: "suspended", until });
    expect(accountStanding({ status: "SUSPENDED", suspendedUntil: now }, now)).toEqual({ status: "active" });
  });

  it("treats a suspension without an end as lasting", () => {
    expect(accountStanding({ status: "SUSPENDED", suspendedUntil: null }, now)).toEqual({ status: "suspended", until: null });
  });

  it("is banned for banned users, whatever the suspension date", () => {
    expect(accountStanding({ status: "BANNED", suspendedUntil: new Date(0) }, now)).toEqual({ status: "banned" });
  });
});
