import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { authorize, type ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createReader } from "@/lib/discussion/discussion-fixtures";
import { auditTrail, createUserWithRole } from "@/lib/moderation/moderation-fixtures";
import { setUserRole } from "@/lib/moderation/user-role";
import { setUserStanding } from "@/lib/moderation/user-standing";

const db = createDbClient(inject("databaseUrl"));
let moderator: ActiveUser;
let admin: ActiveUser;

const now = new Date("2026-11-29T12:00:00.000Z");
const nextWeek = new Date("2026-12-06T12:00:00.000Z");

async function standingRow(id: string) {
  return db.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, image: true, role: true, status: true, suspendedUntil: true, suspensionReason: true } });
}

beforeAll(async () => {
  moderator = await createUserWithRole(db, "MODERATOR", "版主");
  admin = await createUserWithRole(db, "ADMIN", "站长");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("setUserStanding against PostgreSQL", { timeout: 30_000 }, () => {
  it("suspends until a date with a reason; the user can no longer write and is told until when; lifting ends it", async () => {
    const member = await createReader(db, "被停用者");
    const suspended = await setUserStanding({ db, actor: moderator, userId: member.id, action: "suspend", until: nextWeek, reason: "刷屏", now });
    expect(suspended).toMatchObject({ status: "suspended", suspendedUntil: nextWeek.toISOString(), suspensionReason: "刷屏" });
    const row = await standingRow(member.id);
    expect(() => authorize(row, now)).toThrow(expect.objectContaining({ code: "account_suspended", message: expect.stringContaining(nextWeek.toISOString()) }));
    expect(() => authorize(row, now)).toThrow(expect.objectContaining({ message: expect.stringContaining("刷屏") }));

    const lifted = await setUserStanding({ db, actor: moderator, userId: member.id, action: "lift", now });
    expect(lifted).toMatchObject({ status: "active", suspendedUntil: null, suspensionReason: null });
    const trail = await auditTrail(db, member.id);
    expect(trail.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.suspend", moderator.id],
      ["user.lift", moderator.id],
    ]);
    expect(trail[0]).toMatchObject({ reason: "刷屏", before: { status: "ACTIVE" }, after: { status: "SUSPENDED", suspendedUntil: nextWeek.toISOString() } });
  });

  it("bans with a reason and refuses a suspension that ends in the past", async () => {
    const member = await createReader(db);
    await expect(setUserStanding({ db, actor: moderator, userId: member.id, action: "suspend", until: new Date("2026-01-01T00:00:00Z"), reason: "x", now })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { until: ["past"] },
    });
    await expect(setUserStanding({ db, actor: moderator, userId: member.id, action: "ban", now })).rejects.toMatchObject({ fieldErrors: { reason: ["required"] } });
    await setUserStanding({ db, actor: moderator, userId: member.id, action: "ban", reason: "垃圾广告", now });
    expect(() => authorize({ ...member, status: "BANNED" }, now)).toThrow(expect.objectContaining({ code: "account_banned" }));
    expect((await standingRow(member.id)).status).toBe("BANNED");
  });

  it("lets moderators act on members only, admins on moderators too, nobody on themselves; refusals change nothing", async () => {
    const member = await createReader(db);
    const otherModerator = await createUserWithRole(db, "MODERATOR");
    const otherAdmin = await createUserWithRole(db, "ADMIN");
    const refused = [
      { actor: member, userId: otherModerator.id },
      { actor: moderator, userId: otherModerator.id },
      { actor: moderator, userId: otherAdmin.id },
      { actor: admin, userId: otherAdmin.id },
      { actor: moderator, userId: moderator.id },
    ];
    // One at a time: a refusal created before it is awaited would reject unobserved.
    for (const { actor, userId } of refused) {
      await expect(setUserStanding({ db, actor, userId, action: "ban", reason: "x" })).rejects.toMatchObject({ code: "forbidden" });
    }
    for (const user of [member, otherModerator, otherAdmin, moderator]) {
      expect((await standingRow(user.id)).status).toBe("ACTIVE");
      expect(await auditTrail(db, user.id)).toEqual([]);
    }
    await setUserStanding({ db, actor: admin, userId: otherModerator.id, action: "suspend", reason: "暂停", now });
    expect((await standingRow(otherModerator.id)).status).toBe("SUSPENDED");
    await expect(setUserStanding({ db, actor: moderator, userId: "cnosuchuser00000000000000", action: "lift" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("setUserRole against PostgreSQL", { timeout: 30_000 }, () => {
  it("lets admins appoint and remove moderators, audited; refuses others and one's own role", async () => {
    const member = await createReader(db);
    await expect(setUserRole({ db, actor: moderator, userId: member.id, role: "MODERATOR" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setUserRole({ db, actor: admin, userId: admin.id, role: "MEMBER" })).rejects.toMatchObject({ code: "forbidden" });
    expect((await standingRow(member.id)).role).toBe("MEMBER");

    expect(await setUserRole({ db, actor: admin, userId: member.id, role: "MODERATOR" })).toMatchObject({ role: "moderator" });
    await setUserRole({ db, actor: admin, userId: member.id, role: "MEMBER" });
    const trail = await auditTrail(db, member.id);
    expect(trail.map((entry) => [entry.action, entry.before, entry.after])).toEqual([
      ["user.role", { role: "MEMBER" }, { role: "MODERATOR" }],
      ["user.role", { role: "MODERATOR" }, { role: "MEMBER" }],
    ]);
  });
});
