import { accountStanding } from "@/lib/auth/account-standing";
import type { UserStatus } from "@/lib/generated/prisma/enums";

/** Who is reading, as the discussion needs it; null when signed out. */
export type DiscussionViewer = {
  id: string;
  name: string;
  image: string | null;
  /** Whether they may post now; a suspension names its end when it has one. */
  standing: { status: "active" } | { status: "suspended"; until: string | null } | { status: "banned" };
} | null;

/** The signed-in user as the page hands them to the discussion (dates as ISO strings for the client). */
export function toDiscussionViewer(
  user: { id: string; name: string | null; image: string | null; status: UserStatus; suspendedUntil: Date | null } | null,
  now: Date,
  unnamed: string,
): DiscussionViewer {
  if (!user) return null;
  const standing = accountStanding(user, now);
  return {
    id: user.id,
    name: user.name ?? unnamed,
    image: user.image,
    standing: standing.status === "suspended" ? { status: "suspended", until: standing.until?.toISOString() ?? null } : standing,
  };
}
