import "server-only";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: string;
  name: string | null;
  image: string | null;
  role: Role;
  status: UserStatus;
  suspendedUntil: Date | null;
  /** Why a moderator suspended or banned the user; shown to them. Absent where only standing matters. */
  suspensionReason?: string | null;
};

/** The signed-in user (read from the database session), once per request; null when signed out. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  if (!session?.user) return null;
  const { id, name, image, role, status, suspendedUntil, suspensionReason } = session.user;
  return {
    id,
    name: name ?? null,
    image: image ?? null,
    role,
    status,
    suspendedUntil: suspendedUntil ? new Date(suspendedUntil) : null,
    suspensionReason,
  };
});
