import { authorize, type ActiveUser } from "@/lib/auth/authorize";
import type { PrismaClient, Role } from "@/lib/generated/prisma/client";

/** Test data for the moderation database tests: real rows, no stand-ins. */

let sequence = 0;

/** A signed-in user in good standing with `role`, as requireRole() would hand it to a service. */
export async function createUserWithRole(db: PrismaClient, role: Role, name = `${role.toLowerCase()}-${++sequence}-${Date.now().toString(36)}`): Promise<ActiveUser> {
  const user = await db.user.create({
    data: { name, role },
    select: { id: true, name: true, image: true, role: true, status: true, suspendedUntil: true },
  });
  return authorize(user, new Date(), role);
}

/** The audit entries about one target, oldest first. */
export async function auditTrail(db: PrismaClient, targetId: string) {
  return db.auditLogEntry.findMany({ where: { targetId }, orderBy: { id: "asc" } });
}
