import "server-only";
import type { ActiveUser } from "@/lib/auth/authorize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { ModerationSettings, PrismaClient } from "@/lib/generated/prisma/client";
import { ModerationSettingsPatchSchema, type ModerationSettingsDto, type ModerationSettingsPatch } from "@/lib/api/moderation-schemas";
import { recordAudit } from "@/lib/moderation/audit-log";
import { getModerationSettings } from "@/lib/moderation/moderation-settings";
import { assertAdmin, auditActor } from "@/lib/moderation/moderation-roles";

function toSettingsDto(settings: ModerationSettings): ModerationSettingsDto {
  return {
    preModeration: settings.preModeration,
    newUserCommentCount: settings.newUserCommentCount,
    holdLinksFromNewUsers: settings.holdLinksFromNewUsers,
    reportHideThreshold: settings.reportHideThreshold,
    commentIntervalSeconds: settings.commentIntervalSeconds,
    commentsPerHour: settings.commentsPerHour,
    signInAttemptsPer15Min: settings.signInAttemptsPer15Min,
  };
}

export async function getModerationSettingsForAdmin(options: { actor: ActiveUser; db?: PrismaClient }): Promise<ModerationSettingsDto> {
  const { actor, db = getDb() } = options;
  assertAdmin(actor);
  return toSettingsDto(await getModerationSettings(db));
}

function validPatch(patch: unknown): ModerationSettingsPatch {
  const parsed = ModerationSettingsPatchSchema.safeParse(patch);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "settings";
    (fields[key] ??= []).push(issue.message);
  }
  throw new AppError("validation_failed", "Some settings do not fit.", fields);
}

/** Changes some settings, validated; the audit entry keeps every value before and after. */
export async function updateModerationSettings(options: { actor: ActiveUser; patch: ModerationSettingsPatch; db?: PrismaClient }): Promise<ModerationSettingsDto> {
  const { actor, db = getDb() } = options;
  assertAdmin(actor);
  const patch = validPatch(options.patch);
  return db.$transaction(async (tx) => {
    const before = toSettingsDto(await getModerationSettings(tx));
    await tx.$queryRaw`SELECT 1 FROM "ModerationSettings" WHERE "id" = 1 FOR UPDATE`;
    const after = toSettingsDto(await tx.moderationSettings.update({ where: { id: 1 }, data: patch }));
    await recordAudit(tx, { actor: auditActor(actor), action: "settings.update", targetType: "settings", targetId: "moderation", before, after });
    return after;
  });
}
