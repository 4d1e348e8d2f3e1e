import type { ActiveUser } from "@/lib/auth/require-user";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A user with the given sign-in identities, for database tests. The result is
 * what requireUser() would return for them (it needs a request to run).
 */
export async function createTestUser(db: PrismaClient, identities: { provider: string; providerAccountId: string }[]) {
  const user = await db.user.create({
    data: {
      name: "Test reader",
      accounts: { create: identities.map((identity) => ({ ...identity, type: "oidc" })) },
    },
  });
  return { ...user, suspendedUntil: null } as unknown as ActiveUser;
}
