import { afterAll, describe, expect, inject, it } from "vitest";
import { createDbClient } from "@/lib/db/create-client";
import { createAuthAdapter } from "@/lib/auth/adapter";
import { nameSkeleton } from "@/lib/auth/name-skeleton";

const db = createDbClient(inject("databaseUrl"));
const adapter = createAuthAdapter(db);

async function create(name: string) {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const user = await adapter.createUser!({ id: "", name, email: `${stamp}@adapter.invalid`, emailVerified: null, image: null, role: "MEMBER", status: "ACTIVE", suspendedUntil: null, suspensionReason: null });
  return db.user.findUniqueOrThrow({ where: { id: user.id } });
}

describe("createAuthAdapter against PostgreSQL", () => {
  afterAll(async () => {
    await db.$disconnect();
  });

  it("stores the provider's name with its skeleton", async () => {
    const name = `Reader ${Date.now()}`;
    expect(await create(name)).toMatchObject({ name, nameSkeleton: nameSkeleton(name) });
  });

  it("drops a reserved or look-alike provider name instead of failing the sign-in", async () => {
    expect(await create("管理员")).toMatchObject({ name: null, nameSkeleton: null });
    const name = `bob${Date.now()}`;
    await create(name);
    expect(await create(`${name.toUpperCase()}`)).toMatchObject({ name: null, nameSkeleton: null });
  });
});
