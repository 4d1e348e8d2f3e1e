import "server-only";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Removes one of the actor's own sign-in identities, as long as another one
 * remains (a user without any could never sign in again).
 */
export async function unlinkAccount(options: {
  actor: ActiveUser;
  provider: string;
  providerAccountId: string;
  db?: PrismaClient;
}): Promise<void> {
  const { actor, provider, providerAccountId, db = getDb() } = options;
  await db.$transaction(async (tx) => {
    // Two unlinks at once must not both see "another one remains".
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const accounts = await tx.account.findMany({ where: { userId: actor.id }, select: { provider: true, providerAccountId: true } });
    const target = accounts.find((a) => a.provider === provider && a.providerAccountId === providerAccountId);
    if (!target) throw new AppError("not_found", "That sign-in method is not linked to your account.");
    if (accounts.length === 1) throw new AppError("conflict", "Keep at least one sign-in method, or you could not sign in again.");
    await tx.account.delete({ where: { provider_providerAccountId: { provider, providerAccountId } } });
  });
}
