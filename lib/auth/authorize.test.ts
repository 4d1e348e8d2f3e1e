import { describe, expect, it } from "vitest";
import { authorize } from "@/lib/auth/authorize";

const now = new Date("2026-01-10T12:00:00Z");
const member = { id: "u1", name: "读者", image: null, role: "MEMBER", status: "ACTIVE", suspendedUntil: null } as const;

describe("authorize", () => {
  it("refuses signed-out readers", () => {
    expect(() => authorize(null, now)).toThrow(expect.objectContaining({ code: "unauthorized", status: 401 }));
  });

  it("lets active members through", () => {
    expect(authorize(member, now)).toEqual(member);
  });

  it("refuses banned users with a stable code", () => {
    expect(() => authorize({ ...member, status: "BANNED" }, now)).toThrow(expect.objectContaining({ code: "account_banned", status: 403 }));
  });

  it("refuses suspended users until the suspension ends", () => {
    const until = new Date("2026-01-12T00:00:00Z");
    expect(() => authorize({ ...member, status: "SUSPENDED", suspendedUntil: until }, now)).toThrow(
      expect.objectContaining({ code: "account_suspended", status: 403, message: "This account is suspended until 2026-01-12T00:00:00.000Z." }),
    );
    expect(() => authorize({ ...member, status: "SUSPENDED", suspendedUntil: null }, now)).toThrow(
      expect.objectContaining({ code: "account_suspended" }),
    );
    expect(authorize({ ...member, status: "SUSPENDED", suspendedUntil: now }, now)).toMatchObject({ id: "u1" });
  });

  it("repeats the end and the reason in the details, and sends no empty details", () => {
    const until = new Date("2026-01-12T00:00:00Z");
    expect(() => authorize({ ...member, status: "SUSPENDED", suspendedUntil: until, suspensionReason: "广告" }, now)).toThrow(
      expect.objectContaining({ details: { suspendedUntil: "2026-01-12T00:00:00.000Z", reason: "广告" } }),
    );
    expect(() => authorize({ ...member, status: "BANNED", suspensionReason: "骚扰" }, now)).toThrow(
      expect.objectContaining({ details: { reason: "骚扰" } }),
    );
    expect(() => authorize({ ...member, status: "SUSPENDED", suspendedUntil: null }, now)).toThrow(
      expect.objectContaining({ details: undefined }),
    );
  });

  it("checks the role: admin > moderator > member", () => {
    expect(() => authorize(member, now, "MODERATOR")).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(authorize({ ...member, role: "MODERATOR" }, now, "MODERATOR")).toMatchObject({ role: "MODERATOR" });
    expect(authorize({ ...member, role: "ADMIN" }, now, "MODERATOR")).toMatchObject({ role: "ADMIN" });
    expect(() => authorize({ ...member, role: "MODERATOR" }, now, "ADMIN")).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("refuses a banned admin too", () => {
    expect(() => authorize({ ...member, role: "ADMIN", status: "BANNED" }, now, "ADMIN")).toThrow(
      expect.objectContaining({ code: "account_banned" }),
    );
  });
});
