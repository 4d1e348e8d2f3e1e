import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { countUnreadNotifications } from "@/lib/discussion/count-unread-notifications";
import { UnreadBadge } from "@/components/discussion/unread-badge";

/** The header's unread-notification bell, for signed-in readers only; server-rendered with the count. */
export async function NotificationBadge() {
  const user = await getCurrentUser();
  if (!user) return null;
  const unread = await countUnreadNotifications({ user });
  return <UnreadBadge initialUnread={unread} />;
}
