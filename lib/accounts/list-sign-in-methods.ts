import "server-only";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export type SignInMethod = { provider: string; providerAccountId: string; linkedAt: Date };

/** The identities linked to a user, oldest first. */
export async function listSignInMethods(options: { userId: string; db?: PrismaClient }): Promise<SignInMethod[]> {
  const { userId, db = getDb() } = options;
  const accounts = await db.account.findMany({
    where: { userId },
    select: { provider: true, providerAccountId: true, createdAt: true },
    orderBy: { createdAt: "asc" },
  });
  return accounts.map(({ provider, providerAccountId, createdAt }) => ({ provider, providerAccountId, linkedAt: createdAt }));
}
