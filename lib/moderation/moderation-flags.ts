import type { Prisma } from "@/lib/generated/prisma/client";

/** One reason a comment was held or hidden automatically, stored in Comment.moderationFlags (a JSON array). */
export type ModerationFlag = { kind: string } & Record<string, Prisma.InputJsonValue>;

function isFlag(value: Prisma.JsonValue): value is Prisma.JsonObject & { kind: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && typeof value.kind === "string";
}

/** The stored flags, whatever was written before: anything that is not a flag is dropped. */
export function readFlags(stored: Prisma.JsonValue | null): ModerationFlag[] {
  return Array.isArray(stored) ? (stored.filter(isFlag) as ModerationFlag[]) : [];
}

export function appendFlag(stored: Prisma.JsonValue | null, flag: ModerationFlag): ModerationFlag[] {
  return [...readFlags(stored), flag];
}
