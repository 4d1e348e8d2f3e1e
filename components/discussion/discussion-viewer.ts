import { accountStanding, type Standing } from "@/lib/auth/account-standing";
import type { UserStatus } from "@/lib/generated/prisma/enums";

/** Who is reading, as the discussion needs it; null when signed out. */
export type DiscussionViewer = {
  id: string;
  name: string;
  image: string | null;
  /** Whether they may post now; a suspension names its end when it has one, and both carry the moderator's reason. */
  standing: { status: "active" } | { status: "suspended"; until: string | null; reason: string | null } | { status: "banned"; reason: string | null };
} | null;

function viewerStanding(standing: Standing, reason: string | null): NonNullable<DiscussionViewer>["standing"] {
  switch (standing.status) {
    case "active":
      return standing;
    case "suspended":
      return { status: "suspended", until: standing.until?.toISOString() ?? null, reason };
    case "banned":
      return { status: "banned", reason };
  }
}

/** The signed-in user as the page hands them to the discussion (dates as ISO strings for the client). */
export function toDiscussionViewer(
  user: { id: string; name: string | null; image: string | null; status: UserStatus; suspendedUntil: Date | null; suspensionReason?: string | null } | null,
  now: Date,
  unnamed: string,
): DiscussionViewer {
  if (!user) return null;
  const standing = accountStanding(user, now);
  return {
    id: user.id,
    name: user.name ?? unnamed,
    image: user.image,
    standing: viewerStanding(standing, user.suspensionReason ?? null),
  };
}
