import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { auditTrail } from "@/lib/moderation/moderation-fixtures";
import { promoteConfiguredAdmin } from "@/lib/moderation/promote-configured-admin";
import { assignRole } from "@/lib/moderation/user-role";

const db = createDbClient(inject("databaseUrl"));
afterAll(async () => {
  await db.$disconnect();
});

describe("roles from configuration and the CLI", { timeout: 30_000 }, () => {
  it("makes a configured address an admin at sign-in, once, as the system", async () => {
    const user = await db.user.create({ data: { name: "站长", email: "chief@marginalia.test" } });
    const adminEmails = ["chief@marginalia.test"];
    expect(await promoteConfiguredAdmin(db, { userId: user.id, email: "Chief@Marginalia.test", adminEmails })).toBe(true);
    expect(await promoteConfiguredAdmin(db, { userId: user.id, email: "chief@marginalia.test", adminEmails })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("ADMIN");
    const trail = await auditTrail(db, user.id);
    expect(trail.map((entry) => [entry.action, entry.actorId, entry.actorLabel, entry.reason])).toEqual([["user.role", null, "system", "ADMIN_EMAILS"]]);
  });

  it("leaves everyone else as they are", async () => {
    const user = await db.user.create({ data: { name: "读者", email: "reader@marginalia.test" } });
    expect(await promoteConfiguredAdmin(db, { userId: user.id, email: user.email, adminEmails: ["chief@marginalia.test"] })).toBe(false);
    expect(await promoteConfiguredAdmin(db, { userId: user.id, email: "chief@marginalia.test", emailVerified: false, adminEmails: ["chief@marginalia.test"] })).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("MEMBER");
    expect(await auditTrail(db, user.id)).toEqual([]);
  });

  it("records a role given from the command line as the CLI's", async () => {
    const user = await db.user.create({ data: { name: "版主候选" } });
    await assignRole(db, { actor: { system: "cli" }, userId: user.id, role: "MODERATOR" });
    const [entry] = await auditTrail(db, user.id);
    expect(entry).toMatchObject({ action: "user.role", actorId: null, actorLabel: "cli", before: { role: "MEMBER" }, after: { role: "MODERATOR" } });
  });
});
