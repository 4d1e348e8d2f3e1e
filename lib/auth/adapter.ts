import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "@auth/core/adapters";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { displayNameFromProvider } from "@/lib/auth/display-name";

/**
 * The Prisma adapter, with the provider's name made to fit our display-name
 * rules when a user is created (providers allow names we do not).
 */
export function createAuthAdapter(db: PrismaClient): Adapter {
  const base = PrismaAdapter(db);
  const createUser = base.createUser;
  if (!createUser) throw new Error("The Prisma adapter has no createUser.");
  return { ...base, createUser: (user) => createUser({ ...user, name: displayNameFromProvider(user.name) }) };
}
