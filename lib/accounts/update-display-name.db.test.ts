import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { createTestUser } from "@/lib/testing/test-users";
import { updateDisplayName } from "@/lib/accounts/update-display-name";
import { AppError } from "@/lib/errors";

const db = createDbClient(inject("databaseUrl"));

describe("updateDisplayName against PostgreSQL", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores the trimmed, normalised name on the actor only", async () => {
    const actor = await createTestUser(db, [{ provider: "oidc", providerAccountId: `name-${Date.now()}` }]);
    const other = await createTestUser(db, [{ provider: "oidc", providerAccountId: `name-other-${Date.now()}` }]);
    expect(await updateDisplayName({ actor, name: "  Cafe\u0301 读者 ", db })).toBe("Caf\u00e9 读者");
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).name).toBe("Caf\u00e9 读者");
    expect((await db.user.findUniqueOrThrow({ where: { id: other.id } })).name).toBe("Test reader");
  });

  it("refuses an invalid name with a field error and changes nothing", async () => {
    const actor = await createTestUser(db, [{ provider: "oidc", providerAccountId: `bad-${Date.now()}` }]);
    const attempt = updateDisplayName({ actor, name: "ad\u200Bmin", db });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { name: ["invalid_characters"] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).name).toBe("Test reader");
  });

  it("refuses a name that looks like another reader's, Cyrillic and case look-alikes included", async () => {
    const stamp = Date.now();
    const alice = await createTestUser(db, [{ provider: "oidc", providerAccountId: `alice-${stamp}` }]);
    const mallory = await createTestUser(db, [{ provider: "oidc", providerAccountId: `mallory-${stamp}` }]);
    const name = `alice${stamp}`;
    await updateDisplayName({ actor: alice, name, db });
    for (const lookAlike of [name, name.toUpperCase(), `\u0430${name.slice(1)}`]) {
      await expect(updateDisplayName({ actor: mallory, name: lookAlike, db })).rejects.toMatchObject({ code: "display_name_taken" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: mallory.id } })).name).toBe("Test reader");
    // Her own name again is fine.
    expect(await updateDisplayName({ actor: alice, name: name.toUpperCase(), db })).toBe(name.toUpperCase());
  });

  it("refuses names that could pass for the site's staff", async () => {
    const actor = await createTestUser(db, [{ provider: "oidc", providerAccountId: `staff-${Date.now()}` }]);
    for (const name of ["admin", "\u0430dmin", "管理员", "系统通知", "Moderator"]) {
      await expect(updateDisplayName({ actor, name, db })).rejects.toMatchObject({ code: "display_name_reserved" });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).name).toBe("Test reader");
  });
});
