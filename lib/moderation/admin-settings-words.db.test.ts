import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { createReader } from "@/lib/discussion/discussion-fixtures";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ModerationSettingsPatch } from "@/lib/api/moderation-schemas";
import { listAuditLog } from "@/lib/moderation/audit-log-query";
import { auditTrail, createUserWithRole } from "@/lib/moderation/moderation-fixtures";
import { getModerationSettingsForAdmin, updateModerationSettings } from "@/lib/moderation/update-moderation-settings";
import { addWordEntries, listWordEntries, removeWordEntry } from "@/lib/moderation/word-entries";
import { createIsolatedDatabase } from "@/lib/testing/isolated-database";

// Settings and word lists are site-wide: this file changes them in a database of its own.
let db: PrismaClient;
let moderator: ActiveUser;
let admin: ActiveUser;

beforeAll(async () => {
  db = createDbClient(await createIsolatedDatabase(inject("databaseUrl")));
  moderator = await createUserWithRole(db, "MODERATOR", "版主");
  admin = await createUserWithRole(db, "ADMIN", "站长");
}, 60_000);
afterAll(async () => {
  await db.$disconnect();
});

describe("moderation settings against PostgreSQL", { timeout: 30_000 }, () => {
  it("lets admins change validated settings, auditing before and after", async () => {
    const before = await getModerationSettingsForAdmin({ db, actor: admin });
    expect(before).toMatchObject({ preModeration: "OFF", reportHideThreshold: 3 });
    const changed = await updateModerationSettings({ db, actor: admin, patch: { preModeration: "NEW_USERS", reportHideThreshold: 5 } });
    expect(changed).toEqual({ ...before, preModeration: "NEW_USERS", reportHideThreshold: 5 });

    const [change] = await auditTrail(db, "moderation");
    expect(change).toMatchObject({ action: "settings.update", actorId: admin.id, before, after: changed });
  });

  it("refuses moderators and values that do not fit, changing nothing", async () => {
    const before = await getModerationSettingsForAdmin({ db, actor: admin });
    await expect(getModerationSettingsForAdmin({ db, actor: moderator })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateModerationSettings({ db, actor: moderator, patch: { signInAttemptsPer15Min: 5 } })).rejects.toMatchObject({ code: "forbidden" });
    await expect(updateModerationSettings({ db, actor: admin, patch: { reportHideThreshold: 0 } })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { reportHideThreshold: expect.any(Array) },
    });
    const unknown = { colour: "red" } as unknown as ModerationSettingsPatch;
    await expect(updateModerationSettings({ db, actor: admin, patch: unknown })).rejects.toMatchObject({ code: "validation_failed" });
    expect(await getModerationSettingsForAdmin({ db, actor: admin })).toEqual(before);
  });
});

describe("word lists against PostgreSQL", { timeout: 30_000 }, () => {
  it("adds normalised unique entries with an error per refused term, and removes them, audited", async () => {
    const result = await addWordEntries({ db, actor: admin, kind: "BLOCKED", terms: ["ＳＰＡＭ词", "spam词", "  ", "x".repeat(51), "\u200b", "代考"] });
    expect(result.added.map((entry) => [entry.term, entry.normalized, entry.kind])).toEqual([
      ["ＳＰＡＭ词", "spam词", "BLOCKED"],
      ["代考", "代考", "BLOCKED"],
    ]);
    expect(result.rejected).toEqual([
      { term: "spam词", error: "duplicate" },
      { term: "  ", error: "empty" },
      { term: "x".repeat(51), error: "too_long" },
      { term: "\u200b", error: "invisible_only" },
    ]);
    // The same normalised form cannot sit in the other list either.
    expect((await addWordEntries({ db, actor: admin, kind: "SUSPECT", terms: ["代考"] })).rejected).toEqual([{ term: "代考", error: "duplicate" }]);

    const listed = await listWordEntries({ db, actor: admin });
    expect(listed.map((entry) => entry.normalized)).toEqual(expect.arrayContaining(["spam词", "代考"]));
    const entry = result.added[1]!;
    await removeWordEntry({ db, actor: admin, id: entry.id });
    expect(await db.wordEntry.findUnique({ where: { id: entry.id } })).toBeNull();
    expect((await auditTrail(db, entry.id)).map((audit) => audit.action)).toEqual(["word.add", "word.remove"]);
    await expect(removeWordEntry({ db, actor: admin, id: entry.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("is for admins only", async () => {
    const member = await createReader(db);
    await expect(addWordEntries({ db, actor: moderator, kind: "SUSPECT", terms: ["不许加"] })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listWordEntries({ db, actor: member })).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.wordEntry.count({ where: { normalized: "不许加" } })).toBe(0);
  });
});

describe("listAuditLog against PostgreSQL", { timeout: 30_000 }, () => {
  it("filters by action, actor, target and time, newest first, in pages", async () => {
    const [first, second] = (await addWordEntries({ db, actor: admin, kind: "SUSPECT", terms: ["审计甲", "审计乙"] })).added;
    const page1 = await listAuditLog({ db, actor: admin, filter: { action: "word.add", actorId: admin.id }, limit: 1 });
    expect(page1.entries.map((entry) => entry.targetId)).toEqual([second!.id]);
    const page2 = await listAuditLog({ db, actor: admin, filter: { action: "word.add", actorId: admin.id }, limit: 1, cursor: page1.nextCursor ?? undefined });
    expect(page2.entries.map((entry) => entry.targetId)).toEqual([first!.id]);
    const byTarget = await listAuditLog({ db, actor: admin, filter: { targetType: "word", targetId: first!.id } });
    expect(byTarget.entries).toHaveLength(1);
    const future = await listAuditLog({ db, actor: admin, filter: { from: new Date(Date.now() + 60_000) } });
    expect(future.entries).toEqual([]);
    await expect(listAuditLog({ db, actor: moderator, filter: {} })).rejects.toMatchObject({ code: "forbidden" });
  });
});
