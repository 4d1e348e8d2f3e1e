import type { UserStatus } from "@/lib/generated/prisma/enums";

/**
 * Whether a user may change anything. A suspension ends by itself at
 * suspendedUntil (no job has to lift it); one without an end lasts until a
 * moderator lifts it.
 */
export type Standing =
  | { status: "active" }
  | { status: "suspended"; until: Date | null }
  | { status: "banned" };

export function accountStanding(user: { status: UserStatus; suspendedUntil: Date | null }, now: Date): Standing {
  switch (user.status) {
    case "BANNED":
      return { status: "banned" };
    case "SUSPENDED":
      if (user.suspendedUntil && user.suspendedUntil <= now) return { status: "active" };
      return { status: "suspended", until: user.suspendedUntil };
    case "ACTIVE":
      return { status: "active" };
  }
}
