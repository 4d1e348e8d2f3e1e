import "server-only";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter, AdapterUser } from "@auth/core/adapters";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { displayNameFromProvider } from "@/lib/auth/display-name";
import { isReservedName, nameSkeleton } from "@/lib/auth/name-skeleton";

/**
 * The Prisma adapter, with the provider's name made to fit our display-name
 * rules when a user is created (providers allow names we do not). A provider
 * name that is reserved or looks like another user's is dropped (the reader
 * gets the default and can choose a name) rather than failing the sign-in.
 */
export function createAuthAdapter(db: PrismaClient): Adapter {
  const base = PrismaAdapter(db);
  const createUser = base.createUser;
  if (!createUser) throw new Error("The Prisma adapter has no createUser.");
  return {
    ...base,
    createUser: async (user) => {
      const name = await safeProviderName(db, user.name);
      // The Prisma adapter writes the fields it is given, so the skeleton goes in with the user.
      const data = { ...user, name, nameSkeleton: name === null ? null : nameSkeleton(name) } as AdapterUser;
      return createUser(data);
    },
  };
}

async function safeProviderName(db: PrismaClient, raw: string | null | undefined): Promise<string | null> {
  const name = displayNameFromProvider(raw);
  if (name === null || isReservedName(name)) return null;
  const holder = await db.user.findFirst({ where: { nameSkeleton: nameSkeleton(name) }, select: { id: true } });
  return holder ? null : name;
}
