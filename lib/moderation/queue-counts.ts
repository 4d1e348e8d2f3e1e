import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { QueueTab } from "@/lib/api/moderation-schemas";
import { assertModerator } from "@/lib/moderation/moderation-roles";
import { TAB_WHERE } from "@/lib/moderation/moderation-queue";

/** The tabs whose size is worth showing: the work waiting ("recent" is everything). */
export type QueueCounts = Record<Exclude<QueueTab, "recent">, number>;

/** How many comments wait in each tab; moderators only. */
export async function countModerationQueue(options: { actor: ActiveUser; db?: PrismaClient }): Promise<QueueCounts> {
  const { actor, db = getDb() } = options;
  assertModerator(actor);
  const [pending, reported, hidden] = await Promise.all([
    db.comment.count({ where: TAB_WHERE.pending }),
    db.comment.count({ where: TAB_WHERE.reported }),
    db.comment.count({ where: TAB_WHERE.hidden }),
  ]);
  return { pending, reported, hidden };
}
