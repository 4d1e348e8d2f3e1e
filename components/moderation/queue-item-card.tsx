"use client";

import Link from "next/link";
import type { Ref } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { CommentAction, CommentActionOutcome, QueueItem } from "@/lib/api/moderation-schemas";
import { Avatar } from "@/components/auth/avatar";
import { CommentBody } from "@/components/discussion/comment-body";
import { commentHref } from "@/components/moderation/comment-href";
import { flagDetails } from "@/components/moderation/flag-details";
import { actionsFor, itemOutcomeNote } from "@/components/moderation/queue-actions";
import { UserStandingLabel } from "@/components/moderation/user-standing-label";

const BUTTON =
  "rounded-full border border-black/15 px-3 py-1 text-sm text-ink transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent disabled:opacity-50";
const STATUS_TONE: Record<QueueItem["comment"]["status"], string> = {
  published: "bg-green-50 text-green-900",
  pending: "bg-amber-50 text-amber-950",
  hidden: "bg-orange-50 text-orange-950",
  rejected: "bg-red-50 text-red-900",
  deleted: "bg-black/5 text-muted",
};

/** Where the comment stands in the article: its thread (a note's too) opened on the comment. */
function articleHref(item: QueueItem): string {
  const { passage } = item;
  return commentHref(
    {
      articleSlug: item.article.slug,
      anchor: passage.kind === "block" ? passage.anchor : null,
      highlightId: passage.kind === "quote" ? passage.highlightId : null,
    },
    item.comment.id,
  );
}

function Passage({ item }: { item: QueueItem }) {
  const t = useTranslations("moderation.item");
  const { passage } = item;
  const text = passage.kind === "block" ? (passage.text ?? t("blockGone")) : passage.kind === "quote" ? passage.exact : null;
  return (
    <figure className="text-sm">
      <figcaption className="text-xs text-muted">
        {t(`passage.${passage.kind}`)} ·{" "}
        <Link href={articleHref(item)} className="text-accent underline underline-offset-4">
          {item.article.title}
        </Link>
      </figcaption>
      {text !== null && (
        <blockquote lang="zh-CN" className="mt-1 line-clamp-3 border-l-2 border-accent/50 pl-3 font-serif leading-6 text-ink/75">
          {text}
        </blockquote>
      )}
    </figure>
  );
}

function Author({ author }: { author: QueueItem["author"] }) {
  const t = useTranslations("moderation.item");
  const tRoles = useTranslations("moderation.roles");
  const format = useFormatter();
  const name = author.name ?? t("unnamed");
  const { published, rejected, hidden } = author.commentCounts;
  return (
    <div className="flex items-start gap-2 text-sm">
      <Avatar name={name} image={author.image} size={28} />
      <div className="min-w-0">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link href={`/moderation/users/${author.id}`} className="font-medium text-ink underline-offset-4 hover:underline" data-testid="queue-author">
            {name}
          </Link>
          {author.role !== "member" && <span className="text-xs text-muted">{tRoles(author.role)}</span>}
          <UserStandingLabel user={author} />
        </p>
        <p className="text-xs text-muted">
          {t("authorHistory", { published, rejected, hidden, joined: format.dateTime(new Date(author.createdAt), { dateStyle: "medium" }) })}
        </p>
      </div>
    </div>
  );
}

function Reports({ reports }: { reports: QueueItem["reports"] }) {
  const t = useTranslations("moderation.item");
  const tReasons = useTranslations("moderation.report.reasons");
  const format = useFormatter();
  if (reports.length === 0) return null;
  return (
    <div className="text-sm">
      <p className="text-xs font-medium text-muted">{t("reports", { count: reports.length })}</p>
      <ul className="mt-1 space-y-1">
        {reports.map((report) => (
          <li key={report.id} className={report.reviewedAt ? "text-muted" : "text-ink"} data-testid="queue-report">
            <span className="font-medium">{tReasons(report.reason)}</span>
            {report.details && <span> · {report.details}</span>}
            <span className="text-xs text-muted">
              {" "}
              — {report.reporterName ?? t("unnamed")}, {format.dateTime(new Date(report.createdAt), { dateStyle: "short", timeStyle: "short" })}
              {report.reviewedAt && ` · ${t("reviewed")}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Flags({ flags }: { flags: QueueItem["comment"]["moderationFlags"] }) {
  const t = useTranslations("moderation.flags");
  if (flags.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-1.5 text-xs" aria-label={t("label")}>
      {flags.map((flag, index) => {
        const details = flagDetails(flag);
        const known = t.has(details.kind) ? t(details.kind, { count: details.count ?? 0 }) : details.kind;
        return (
          <li key={index} className="rounded-full bg-amber-50 px-2 py-0.5 text-amber-950" data-testid="queue-flag">
            {known}
            {details.rule && ` · ${t.has(`rules.${details.rule}`) ? t(`rules.${details.rule}`) : details.rule}`}
            {details.terms.length > 0 && `: ${details.terms.join("、")}`}
          </li>
        );
      })}
    </ul>
  );
}

export type QueueItemCardProps = {
  item: QueueItem;
  selected: boolean;
  current: boolean;
  pending: boolean;
  /** The last action's outcome for this item, when it was one of those acted on. */
  lastResult: { action: CommentAction; outcome: CommentActionOutcome["outcome"] } | null;
  onToggle: () => void;
  onFocus: () => void;
  onAction: (action: CommentAction) => void;
  ref?: Ref<HTMLElement>;
};

/** One queued comment with everything needed to judge it, and the actions that fit it. */
export function QueueItemCard({ item, selected, current, pending, lastResult, onToggle, onFocus, onAction, ref }: QueueItemCardProps) {
  const t = useTranslations("moderation");
  const format = useFormatter();
  const { comment } = item;
  const note = lastResult && itemOutcomeNote(lastResult);
  const checkboxId = `select-${comment.id}`;
  return (
    <article
      ref={ref}
      tabIndex={-1}
      onFocus={onFocus}
      aria-labelledby={`${checkboxId}-label`}
      data-testid="queue-item"
      data-comment-id={comment.id}
      data-current={current || undefined}
      className="rounded-xl border border-black/10 bg-white p-4 outline-none transition-shadow data-current:border-accent/50 data-current:shadow-[0_0_0_2px_rgb(154_52_18/0.25)] sm:p-5"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <input id={checkboxId} type="checkbox" checked={selected} onChange={onToggle} className="size-4 accent-accent" />
        <label id={`${checkboxId}-label`} htmlFor={checkboxId} className="sr-only">
          {t("queue.selectItem", { author: item.author.name ?? t("item.unnamed") })}
        </label>
        <span className={`rounded-full px-2 py-0.5 text-xs ${STATUS_TONE[comment.status]}`} data-testid="queue-status">
          {t(`statuses.${comment.status}`)}
        </span>
        {comment.pinnedAt && <span className="text-xs text-accent">{t("badges.pinned")}</span>}
        {comment.lockedAt && <span className="text-xs text-muted">{t("badges.locked")}</span>}
        <time dateTime={comment.createdAt} className="text-xs text-muted">
          {format.dateTime(new Date(comment.createdAt), { dateStyle: "medium", timeStyle: "short" })}
        </time>
        {comment.editedAt && <span className="text-xs text-muted">{t("item.edited")}</span>}
      </header>
      <div className="mt-3 grid gap-4 md:grid-cols-[1fr_14rem]">
        <div className="min-w-0 space-y-3">
          <Passage item={item} />
          {item.parent && (
            <div className="rounded-lg bg-black/[0.03] px-3 py-2 text-sm">
              <p className="text-xs text-muted">{t("item.inReplyTo", { name: item.parent.authorName ?? t("item.unnamed") })}</p>
              <p className="line-clamp-2 text-ink/80">{item.parent.body}</p>
            </div>
          )}
          <div className="text-[0.95rem] leading-7" data-testid="queue-body">
            {comment.body ? <CommentBody body={comment.body} /> : <p className="italic text-muted">{t("item.noBody")}</p>}
          </div>
          {comment.moderationReason && <p className="text-sm text-muted">{t("item.reason", { reason: comment.moderationReason })}</p>}
          <Flags flags={comment.moderationFlags} />
          <Reports reports={item.reports} />
        </div>
        <Author author={item.author} />
      </div>
      {lastResult && note && (
        <p
          className={`mt-4 rounded-lg px-3 py-2 text-sm ${lastResult.outcome === "not_applicable" ? "border border-amber-300/70 bg-amber-50 text-amber-950" : "bg-black/[0.03] text-muted"}`}
          data-testid="queue-item-outcome"
          data-outcome={lastResult.outcome}
        >
          {note === "unchanged" ? t("queue.unchanged", { action: t(`actions.${lastResult.action}`) }) : t(`queue.${note}`)}
        </p>
      )}
      <div className="mt-4 flex flex-wrap gap-2" role="group" aria-label={t("queue.itemActions")}>
        {actionsFor(comment).map((action) => (
          <button key={action} type="button" disabled={pending} onClick={() => onAction(action)} className={BUTTON} data-action={action}>
            {t(`actions.${action}`)}
          </button>
        ))}
      </div>
    </article>
  );
}
