import "server-only";
import { checkDisplayName } from "@/lib/auth/display-name";
import type { ActiveUser } from "@/lib/auth/require-user";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const PROBLEM_MESSAGES = {
  empty: "Enter a name.",
  too_long: "Use at most 30 characters.",
  invalid_characters: "Remove control and invisible characters.",
} as const;

/** Sets the actor's own display name; returns the name as stored (trimmed, NFC). */
export async function updateDisplayName(options: { actor: ActiveUser; name: string; db?: PrismaClient }): Promise<string> {
  const { actor, name, db = getDb() } = options;
  const checked = checkDisplayName(name);
  if (!checked.ok) {
    throw new AppError("validation_failed", PROBLEM_MESSAGES[checked.problem], { name: [checked.problem] });
  }
  await db.user.update({ where: { id: actor.id }, data: { name: checked.name } });
  return checked.name;
}
