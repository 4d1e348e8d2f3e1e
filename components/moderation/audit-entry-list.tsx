"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { AuditEntryDto } from "@/lib/api/moderation-schemas";
import { auditChanges } from "@/components/moderation/audit-changes";

function Target({ entry }: { entry: AuditEntryDto }) {
  const t = useTranslations("moderation.audit.targets");
  const type = t.has(entry.targetType) ? t(entry.targetType) : entry.targetType;
  if (entry.targetType === "user") {
    return (
      <Link href={`/moderation/users/${entry.targetId}`} className="text-accent underline underline-offset-4">
        {type} {entry.targetId}
      </Link>
    );
  }
  return (
    <span>
      {type} <span className="font-mono text-xs">{entry.targetId}</span>
    </span>
  );
}

/** Audit entries as a table (scrolls sideways on phones): when, who, what, on what, why, and what changed. */
export function AuditEntryList({ entries }: { entries: AuditEntryDto[] }) {
  const t = useTranslations("moderation.audit");
  const format = useFormatter();
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table className="w-full min-w-[44rem] border-collapse text-left text-sm" data-testid="audit-table">
        <thead className="border-b border-black/15 text-xs text-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.time")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.actor")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.action")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.target")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("columns.reason")}</th>
            <th scope="col" className="py-2 font-medium">{t("columns.changes")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = auditChanges(entry.before, entry.after);
            return (
              <tr key={entry.id} className="border-b border-black/5 align-top" data-testid="audit-entry" data-action={entry.action}>
                <td className="whitespace-nowrap py-2 pr-3 tabular-nums text-muted">
                  <time dateTime={entry.createdAt}>{format.dateTime(new Date(entry.createdAt), { dateStyle: "short", timeStyle: "medium" })}</time>
                </td>
                <td className="py-2 pr-3">
                  {entry.actorId ? (
                    <Link href={`/moderation/users/${entry.actorId}`} className="underline-offset-4 hover:underline">
                      {entry.actorLabel}
                    </Link>
                  ) : (
                    <span className="text-muted">{t.has(`systemActors.${entry.actorLabel}`) ? t(`systemActors.${entry.actorLabel}`) : entry.actorLabel}</span>
                  )}
                </td>
                <td className="py-2 pr-3 font-medium">{t.has(`actions.${entry.action}`) ? t(`actions.${entry.action}`) : entry.action}</td>
                <td className="py-2 pr-3">
                  <Target entry={entry} />
                </td>
                <td className="max-w-56 py-2 pr-3 break-words">{entry.reason ?? <span className="text-muted">—</span>}</td>
                <td className="py-2 text-xs">
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
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
