import { AppError } from "@/lib/errors";

/**
 * Whose notifications these are. Any signed-in user, suspended ones included:
 * reading (and marking read) your own notifications changes nothing others see.
 */
export function notificationReader(user: { id: string } | null): { id: string } {
  if (!user) throw new AppError("unauthorized", "Sign in to see your notifications.");
  return user;
}
