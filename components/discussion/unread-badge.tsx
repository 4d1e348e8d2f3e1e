"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { fetchUnreadCount } from "@/components/discussion/api-client";
import { BellIcon } from "@/components/discussion/icons";
import { onUnreadChanged, onUnreadStale } from "@/components/discussion/unread-events";

const POLL_MS = 30_000;

/**
 * The header's bell with the unread count. It polls every 30 s while the tab
 * is visible, whenever the reader comes back to it, and at once when an open
 * thread sees a live reply or mention addressed to the reader.
 */
export function UnreadBadge({ initialUnread }: { initialUnread: number }) {
  const t = useTranslations("notifications");
  const [unread, setUnread] = useState(initialUnread);

  useEffect(() => {
    let stopped = false;
    const refresh = () => {
      if (document.visibilityState !== "visible") return;
      fetchUnreadCount().then(
        (answer) => {
          if (!stopped) setUnread(answer.unread);
        },
        () => {
          // Signed out meanwhile or offline: keep the last figure until the next poll.
        },
      );
    };
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener("focus", refresh);
    document.addEventListener("visibilitychange", refresh);
    const unsubscribe = onUnreadChanged(setUnread);
    const unsubscribeStale = onUnreadStale(refresh);
    return () => {
      unsubscribeStale();
      stopped = true;
      window.clearInterval(timer);
      window.removeEventListener("focus", refresh);
      document.removeEventListener("visibilitychange", refresh);
      unsubscribe();
    };
  }, []);

  return (
    <Link
      href="/notifications"
      aria-label={t("badge", { count: unread })}
      data-testid="notification-badge"
      // Narrow on phones (negative margin eats into the nav's gap) so a long user name still fits at 360 px.
      className="relative -mx-1.5 inline-flex size-8 items-center justify-center rounded-full sm:mx-0 sm:size-9 text-muted transition-colors hover:bg-black/5 hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
    >
      <BellIcon className="size-5" />
      {unread > 0 && (
        <span
          aria-hidden="true"
          data-testid="notification-badge-count"
          className="absolute -right-0.5 -top-0.5 inline-flex h-[1.125rem] min-w-[1.125rem] items-center justify-center rounded-full bg-accent px-1 text-[0.6875rem] font-semibold leading-none text-paper tabular-nums"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      )}
    </Link>
  );
}
