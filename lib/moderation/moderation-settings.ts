import "server-only";
import type { ModerationSettings, Prisma } from "@/lib/generated/prisma/client";

export type { ModerationSettings } from "@/lib/generated/prisma/client";

const SETTINGS_ID = 1;

/**
 * The site's moderation settings. The single row is created with the schema's
 * defaults on first read, so a fresh database behaves as documented.
 */
export async function getModerationSettings(db: Prisma.TransactionClient): Promise<ModerationSettings> {
  return db.moderationSettings.upsert({ where: { id: SETTINGS_ID }, create: { id: SETTINGS_ID }, update: {} });
}
