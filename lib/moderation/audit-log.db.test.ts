import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createReader } from "@/lib/discussion/discussion-fixtures";
import { recordAudit } from "@/lib/moderation/audit-log";
import { getModerationSettings } from "@/lib/moderation/moderation-settings";
import { createIsolatedDatabase } from "@/lib/testing/isolated-database";

let db: PrismaClient;
beforeAll(() => {
  db = createDbClient(inject("databaseUrl"));
});
afterAll(async () => {
  await db.$disconnect();
});

describe("audit log", () => {
  it("records who did what to which target, with before and after", async () => {
    const moderator = await createReader(db, "审核员甲");
    await recordAudit(db, {
      actor: moderator,
      action: "user.suspend",
      targetType: "user",
      targetId: "u1",
      reason: "骚扰",
      before: { status: "ACTIVE" },
      after: { status: "SUSPENDED" },
    });
    const entry = await db.auditLogEntry.findFirstOrThrow({ where: { targetId: "u1" } });
    expect(entry).toMatchObject({ actorId: moderator.id, actorLabel: "审核员甲", action: "user.suspend", reason: "骚扰" });
    expect(entry.before).toEqual({ status: "ACTIVE" });
    expect(entry.after).toEqual({ status: "SUSPENDED" });
  });

  it("refuses to change or delete an entry", async () => {
    await recordAudit(db, { actor: { system: "cli" }, action: "user.role", targetType: "user", targetId: "u2" });
    const entry = await db.auditLogEntry.findFirstOrThrow({ where: { targetId: "u2" } });
    expect(entry.actorLabel).toBe("cli");
    await expect(db.auditLogEntry.update({ where: { id: entry.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLogEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditLogEntry.findUniqueOrThrow({ where: { id: entry.id } })).toEqual(entry);
  });
});

describe("moderation settings", () => {
  it("start from the documented defaults", async () => {
    // A database of its own: the shared one lifts the comment limits (lib/testing/database-setup.ts).
    const fresh = createDbClient(await createIsolatedDatabase(inject("databaseUrl")));
    try {
      const settings = await getModerationSettings(fresh);
      expect(settings).toMatchObject({
        preModeration: "OFF",
        reportHideThreshold: 3,
        commentIntervalSeconds: 3,
        commentsPerHour: 60,
        holdLinksFromNewUsers: true,
      });
      expect((await getModerationSettings(fresh)).id).toBe(settings.id);
    } finally {
      await fresh.$disconnect();
    }
  });
});
