"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { AuditEntryDto } from "@/lib/api/moderation-schemas";
import { auditChanges } from "@/components/moderation/audit-changes";
import { commentHref } from "@/components/moderation/comment-href";

function Target({ entry }: { entry: AuditEntryDto }) {
  const t = useTranslations("moderation.audit");
  const type = t.has(`targets.${entry.targetType}`) ? t(`targets.${entry.targetType}`) : entry.targetType;
  if (entry.targetType === "user") {
    return (
      <Link href={`/moderation/users/${entry.targetId}`} className="text-accent underline underline-offset-4">
        {type} {entry.targetId}
      </Link>
    );
  }
  // A comment that still exists opens in its thread; a removed one is named by its id only.
  if (entry.commentLocation) {
    return (
      <span className="min-w-0">
        <Link href={commentHref(entry.commentLocation, entry.targetId)} className="text-accent underline underline-offset-4" data-testid="audit-target-link">
          {t("commentIn", { title: entry.commentLocation.articleTitle })}
        </Link>
        <span className="block font-mono text-xs break-all text-muted">{entry.targetId}</span>
      </span>
    );
  }
  return (
    <span>
      {type} <span className="font-mono text-xs break-all">{entry.targetId}</span>
    </span>
  );
}

/**
 * One cell: a table cell on wider screens; on phones a labelled line of the
 * entry's card (the header row is hidden there, so each value names itself).
 */
function Cell({ label, title = false, className = "", children }: { label: string; title?: boolean; className?: string; children: ReactNode }) {
  return (
    <td className={`flex gap-3 py-0.5 md:table-cell md:py-2 md:pr-3 ${className}`}>
      <span className={title ? "sr-only" : "w-12 shrink-0 text-xs leading-5 text-muted md:hidden"}>{label}</span>
      <div className="min-w-0">{children}</div>
    </td>
  );
}

/** Audit entries: a table on wide screens, a list of cards on phones: when, who, what, on what, why, and what changed. */
export function AuditEntryList({ entries }: { entries: AuditEntryDto[] }) {
  const t = useTranslations("moderation.audit");
  const format = useFormatter();
  return (
    <div className="md:-mx-4 md:overflow-x-auto md:px-4">
      <table className="block w-full border-collapse text-left text-sm md:table md:min-w-[44rem]" data-testid="audit-table">
        <thead className="hidden border-b border-black/15 text-xs text-muted md:table-header-group">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.time")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.actor")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.action")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.target")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.reason")}</th>
            <th scope="col" className="py-2 font-medium">{t("columns.changes")}</th>
          </tr>
        </thead>
        <tbody className="block space-y-3 md:table-row-group md:space-y-0">
          {entries.map((entry) => {
            const changes = auditChanges(entry.before, entry.after);
            return (
              <tr
                key={entry.id}
                className="flex flex-col rounded-xl border border-black/10 bg-white px-3 py-2.5 md:table-row md:rounded-none md:border-0 md:border-b md:border-black/5 md:bg-transparent md:p-0 md:align-top"
                data-testid="audit-entry"
                data-action={entry.action}
              >
                <Cell label={t("columns.time")} className="tabular-nums text-muted md:whitespace-nowrap">
                  <time dateTime={entry.createdAt}>{format.dateTime(new Date(entry.createdAt), { dateStyle: "short", timeStyle: "medium" })}</time>
                </Cell>
                <Cell label={t("columns.actor")}>
                  {entry.actorId ? (
                    <Link href={`/moderation/users/${entry.actorId}`} className="underline-offset-4 hover:underline">
                      {entry.actorLabel}
                    </Link>
                  ) : (
                    <span className="text-muted">{t.has(`systemActors.${entry.actorLabel}`) ? t(`systemActors.${entry.actorLabel}`) : entry.actorLabel}</span>
                  )}
                </Cell>
                {/* On a card (a flex column) the action leads, as its title; in the table it keeps its column. */}
                <Cell label={t("columns.action")} title className="order-first font-medium">
                  {t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}
                </Cell>
                <Cell label={t("columns.target")}>
                  <Target entry={entry} />
                </Cell>
                <Cell label={t("columns.reason")} className="break-words md:max-w-56">
                  {entry.reason ?? <span className="text-muted">—</span>}
                </Cell>
                <Cell label={t("columns.changes")} className="text-xs md:pr-0">
                  {changes.length === 0 ? (
                    <span className="text-muted">—</span>
                  ) : (
                    <ul className="space-y-0.5">
                      {changes.map((change) => (
                        <li key={change.field} className="break-all">
                          <span className="text-muted">{change.field}:</span> {change.before} → {change.after}
                        </li>
                      ))}
                    </ul>
                  )}
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
