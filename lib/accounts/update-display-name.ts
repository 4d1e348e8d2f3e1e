import "server-only";
import { checkDisplayName } from "@/lib/auth/display-name";
import { isReservedName, nameSkeleton } from "@/lib/auth/name-skeleton";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const PROBLEM_MESSAGES = {
  empty: "Enter a name.",
  too_long: "Use at most 30 characters.",
  invalid_characters: "Remove control and invisible characters.",
} as const;

/**
 * Sets the actor's own display name; returns the name as stored (trimmed, NFC).
 * Refuses names that could pass for the site's staff or, in a thread, for
 * another user (same confusable skeleton), so no one can be impersonated.
 */
export async function updateDisplayName(options: { actor: ActiveUser; name: string; db?: PrismaClient }): Promise<string> {
  const { actor, name, db = getDb() } = options;
  const checked = checkDisplayName(name);
  if (!checked.ok) {
    throw new AppError("validation_failed", PROBLEM_MESSAGES[checked.problem], { name: [checked.problem] });
  }
  if (isReservedName(checked.name)) {
    throw new AppError("display_name_reserved", "That name could be taken for the site's staff.", { name: ["reserved"] });
  }
  const skeleton = nameSkeleton(checked.name);
  // Check and write in one serializable transaction, so two readers cannot take look-alike names at once.
  await db.$transaction(
    async (tx) => {
      const holder = await tx.user.findFirst({ where: { nameSkeleton: skeleton, id: { not: actor.id } }, select: { id: true } });
      if (holder) throw new AppError("display_name_taken", "That name looks like another reader's.", { name: ["taken"] });
      await tx.user.update({ where: { id: actor.id }, data: { name: checked.name, nameSkeleton: skeleton } });
    },
    { isolationLevel: "Serializable" },
  );
  return checked.name;
}
