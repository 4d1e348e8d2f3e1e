"use client";

import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { NotificationDto, NotificationPageDto } from "@/lib/api/comment-schemas";
import { Avatar } from "@/components/auth/avatar";
import { fetchNotifications, markNotificationsRead } from "@/components/discussion/api-client";
import { CommentTime } from "@/components/discussion/comment-time";
import { noteThreadKey } from "@/components/discussion/note-thread-key";
import { announceUnread } from "@/components/discussion/unread-events";
import { useSubmission } from "@/components/discussion/use-submission";
import { useErrorMessage } from "@/components/discussion/use-error-message";

/** Where a notification leads: the article with the comment's thread open, scrolled to the comment. */
export function notificationHref(notification: NotificationDto): string {
  const { comment } = notification;
  const thread = new URLSearchParams({ thread: comment.highlightId ? noteThreadKey(comment.highlightId) : (comment.anchor ?? "article") });
  return `/articles/${encodeURIComponent(comment.articleSlug)}?${thread}#comment-${comment.id}`;
}

function NotificationItem({ notification, onOpen }: { notification: NotificationDto; onOpen: () => void }) {
  const t = useTranslations("notifications");
  const unread = notification.readAt === null;
  const { actor, comment } = notification;
  return (
    <li>
      <Link
        href={notificationHref(notification)}
        onClick={onOpen}
        data-testid="notification"
        data-unread={unread || undefined}
        className="group flex gap-3 rounded-xl px-3 py-3 transition-colors hover:bg-black/[0.03] focus-visible:outline-2 focus-visible:outline-accent data-unread:bg-accent/[0.05]"
      >
        <span className="shrink-0 self-start leading-none">
          <Avatar name={actor.name} image={actor.image} size={36} />
        </span>
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-baseline gap-x-2 text-sm leading-6">
            <span className="font-medium text-ink">{t(notification.kind, { name: actor.name })}</span>
            <span className="text-muted">{t("inArticle", { title: comment.articleTitle })}</span>
          </p>
          {comment.excerpt && <p className="mt-0.5 line-clamp-2 text-[0.95rem] leading-7 text-ink/85">{comment.excerpt}</p>}
          <p className="mt-0.5 flex items-center gap-2 text-xs text-muted">
            <CommentTime iso={notification.createdAt} />
            {unread && (
              <span className="inline-flex items-center gap-1 font-medium text-accent">
                <span aria-hidden="true" className="size-1.5 rounded-full bg-accent" />
                {t("unread")}
              </span>
            )}
          </p>
        </div>
      </Link>
    </li>
  );
}

/** Replies and mentions, newest first; opening one marks it read, and all can be marked at once. */
export function NotificationList({ initial }: { initial: NotificationPageDto }) {
  const t = useTranslations("notifications");
  const message = useErrorMessage();
  const [items, setItems] = useState(initial.notifications);
  const [nextCursor, setNextCursor] = useState(initial.nextCursor);
  const marking = useSubmission();
  const loading = useSubmission();
  const anyUnread = items.some((item) => item.readAt === null);

  const markRead = (ids: string[] | "all") => {
    const now = new Date().toISOString();
    setItems((current) => current.map((item) => (ids === "all" || ids.includes(item.id) ? { ...item, readAt: item.readAt ?? now } : item)));
  };

  const markAll = () =>
    marking.run(async () => {
      const { unread } = await markNotificationsRead({ all: true });
      markRead("all");
      announceUnread(unread);
    });

  const open = (notification: NotificationDto) => {
    if (notification.readAt !== null) return;
    markRead([notification.id]);
    // keepalive: the request outlives this page, which the link is about to leave.
    markNotificationsRead({ ids: [notification.id] }, { keepalive: true }).then(
      ({ unread }) => announceUnread(unread),
      () => {
        // Still unread on the server: it shows as unread again next time.
      },
    );
  };

  const loadMore = () =>
    loading.run(async () => {
      if (!nextCursor) return;
      const page = await fetchNotifications(nextCursor);
      setItems((current) => [...current, ...page.notifications.filter((item) => !current.some((known) => known.id === item.id))]);
      setNextCursor(page.nextCursor);
    });

  if (items.length === 0) return <p className="py-10 text-center text-sm text-muted">{t("empty")}</p>;
  return (
    <div>
      <div className="mb-3 flex min-h-9 items-center justify-end">
        {anyUnread && (
          <button
            type="button"
            onClick={markAll}
            disabled={marking.pending}
            className="rounded-full border border-black/15 px-3 py-1 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
          >
            {marking.pending ? t("marking") : t("markAllRead")}
          </button>
        )}
      </div>
      <p aria-live="polite" className="mb-2 text-sm text-red-700 empty:hidden">
        {marking.error ? message(marking.error) : loading.error ? t("loadFailed") : null}
      </p>
      <ul className="divide-y divide-black/5" data-testid="notification-list">
        {items.map((notification) => (
          <NotificationItem key={notification.id} notification={notification} onOpen={() => open(notification)} />
        ))}
      </ul>
      {nextCursor && (
        <div className="mt-6 text-center">
          <button
            type="button"
            onClick={loadMore}
            disabled={loading.pending}
            className="rounded-full border border-black/15 px-4 py-1.5 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-60"
          >
            {t("loadMore")}
          </button>
        </div>
      )}
    </div>
  );
}
