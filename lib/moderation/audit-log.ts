import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Who acted: a signed-in user, or the system itself (automatic hides, the CLI). */
export type AuditActor = { id: string; name: string | null } | { system: "system" | "cli" };

export type AuditEntry = {
  actor: AuditActor;
  /** Dotted verb, e.g. "comment.reject", "user.suspend", "settings.update". */
  action: string;
  targetType: "comment" | "user" | "settings" | "word" | "report" | "highlight";
  targetId: string;
  reason?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

function actorColumns(actor: AuditActor): { actorId: string | null; actorLabel: string } {
  if ("system" in actor) return { actorId: null, actorLabel: actor.system };
  return { actorId: actor.id, actorLabel: actor.name ?? actor.id };
}

/**
 * Appends to the audit log. Call it inside the transaction that makes the
 * change, so an action and its record commit together or not at all. The table
 * refuses UPDATE and DELETE (a trigger), so entries cannot be rewritten.
 */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditLogEntry.create({
    data: {
      ...actorColumns(entry.actor),
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      reason: entry.reason ?? null,
      ...(entry.before != null ? { before: entry.before } : {}),
      ...(entry.after != null ? { after: entry.after } : {}),
    },
  });
}
