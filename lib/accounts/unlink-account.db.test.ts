import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { createTestUser } from "@/lib/testing/test-users";
import { unlinkAccount } from "@/lib/accounts/unlink-account";

const db = createDbClient(inject("databaseUrl"));
let serial = 0;
const identity = (provider: string) => ({ provider, providerAccountId: `unlink-${Date.now()}-${serial++}` });

async function providersOf(userId: string) {
  return (await db.account.findMany({ where: { userId }, orderBy: { provider: "asc" } })).map((a) => a.provider);
}

describe("unlinkAccount against PostgreSQL", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("removes one of two identities", async () => {
    const first = identity("oidc");
    const second = identity("oidc2");
    const actor = await createTestUser(db, [first, second]);
    await unlinkAccount({ actor, ...second, db });
    expect(await providersOf(actor.id)).toEqual(["oidc"]);
  });

  it("refuses to remove the last identity", async () => {
    const only = identity("oidc");
    const actor = await createTestUser(db, [only]);
    await expect(unlinkAccount({ actor, ...only, db })).rejects.toMatchObject({ code: "conflict" });
    expect(await providersOf(actor.id)).toEqual(["oidc"]);
  });

  it("refuses to touch another user's identity", async () => {
    const mine = [identity("oidc"), identity("oidc2")];
    const theirs = [identity("oidc"), identity("oidc2")];
    const actor = await createTestUser(db, mine);
    const other = await createTestUser(db, theirs);
    await expect(unlinkAccount({ actor, ...theirs[0]!, db })).rejects.toMatchObject({ code: "not_found" });
    expect(await providersOf(other.id)).toEqual(["oidc", "oidc2"]);
  });

  it("keeps one identity when two unlinks race", async () => {
    const both = [identity("oidc"), identity("oidc2")];
    const actor = await createTestUser(db, both);
    // Hold the user's row so that both unlinks start before either can finish:
    // without the service's own lock they would both see two identities.
    const holder = new pg.Client({ connectionString: inject("databaseUrl") });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query('SELECT id FROM "User" WHERE id = $1 FOR UPDATE', [actor.id]);
    // Separate clients, as two server processes would be.
    const clients = both.map(() => createDbClient(inject("databaseUrl")));
    const results = Promise.allSettled(both.map((target, i) => unlinkAccount({ actor, ...target, db: clients[i] })));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.query("COMMIT");
    await holder.end();
    const settled = await results;
    await Promise.all(clients.map((client) => client.$disconnect()));
    expect(settled.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await providersOf(actor.id)).toHaveLength(1);
  });
});
