import type { Metadata } from "next";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireModeratorPage } from "@/app/moderation/require-moderator";
import { AuditEntryList } from "@/components/moderation/audit-entry-list";
import { nextDay, zonedDayStart } from "@/components/moderation/zoned-day";
import { AuditTargetTypeSchema } from "@/lib/api/moderation-schemas";
import { listAuditLog, type AuditLogFilter } from "@/lib/moderation/audit-log-query";

export const dynamic = "force-dynamic";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The actions the filter offers; entries with others still show (under their raw name). */
const ACTIONS = [
  "comment.approve",
  "comment.reject",
  "comment.restore",
  "comment.hide",
  "comment.mark_reviewed",
  "comment.lock",
  "comment.unlock",
  "comment.pin",
  "comment.unpin",
  "user.suspend",
  "user.ban",
  "user.lift",
  "user.role",
  "settings.update",
  "word.add",
  "word.remove",
] as const;

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FilterQuery = z.object({
  action: z.string().max(100).optional().catch(undefined),
  actorId: z.string().regex(/^[a-z0-9]{1,40}$/).optional().catch(undefined),
  targetType: AuditTargetTypeSchema.optional().catch(undefined),
  targetId: z.string().trim().max(100).optional().catch(undefined),
  from: Day.optional().catch(undefined),
  to: Day.optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
type FilterValues = z.infer<typeof FilterQuery>;

const FIELD = "mt-1 block w-full rounded-lg border border-black/20 bg-white px-2.5 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-accent";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.nav");
  return { title: t("auditLog") };
}

function first(value: string | string[] | undefined): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return one === "" ? undefined : one;
}

function hrefWith(values: FilterValues, cursor?: string): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...values, cursor })) if (value) query.set(key, value);
  return `/moderation/audit-log?${query}`;
}

export default async function AuditLogPage({ searchParams }: PageProps) {
  const actor = await requireModeratorPage("ADMIN");
  const raw = await searchParams;
  const values = FilterQuery.parse(Object.fromEntries(Object.keys(FilterQuery.shape).map((key) => [key, first(raw[key])])));
  const timeZone = await getTimeZone();
  const filter: AuditLogFilter = {
    action: values.action,
    actorId: values.actorId,
    targetType: values.targetType,
    targetId: values.targetId || undefined,
    from: values.from ? (zonedDayStart(values.from, timeZone) ?? undefined) : undefined,
    to: values.to ? (zonedDayStart(nextDay(values.to), timeZone) ?? undefined) : undefined,
  };
  const [t, page] = await Promise.all([getTranslations("moderation.audit"), listAuditLog({ actor, filter, cursor: values.cursor })]);
  const { cursor, ...filters } = values;

  return (
    <div>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("lead")}</p>
      <form method="get" action="/moderation/audit-log" className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" data-testid="audit-filters">
        <label className="text-xs text-muted">
          {t("filters.action")}
          <select name="action" defaultValue={values.action ?? ""} className={FIELD}>
            <option value="">{t("filters.any")}</option>
            {ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`actions.${action}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-muted">
          {t("filters.actorId")}
          <input name="actorId" defaultValue={values.actorId ?? ""} className={FIELD} />
        </label>
        <label className="text-xs text-muted">
          {t("filters.targetType")}
          <select name="targetType" defaultValue={values.targetType ?? ""} className={FIELD}>
            <option value="">{t("filters.any")}</option>
            {AuditTargetTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`targets.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-muted">
          {t("filters.targetId")}
          <input name="targetId" defaultValue={values.targetId ?? ""} className={FIELD} />
        </label>
        <label className="text-xs text-muted">
          {t("filters.from")}
          <input type="date" name="from" defaultValue={values.from ?? ""} className={FIELD} />
        </label>
        <label className="text-xs text-muted">
          {t("filters.to")}
          <input type="date" name="to" defaultValue={values.to ?? ""} className={FIELD} />
        </label>
        <div className="col-span-full flex gap-3">
          <button type="submit" className="rounded-full bg-ink px-4 py-1.5 text-sm text-paper">
            {t("filters.apply")}
          </button>
          <Link href="/moderation/audit-log" className="rounded-full px-3 py-1.5 text-sm text-muted underline underline-offset-4 hover:text-ink">
            {t("filters.clear")}
          </Link>
        </div>
      </form>
      <div className="mt-6">
        {page.entries.length === 0 ? <p className="text-sm text-muted">{t("empty")}</p> : <AuditEntryList entries={page.entries} />}
      </div>
      <div className="mt-4 flex justify-between text-sm">
        {cursor ? (
          <Link href={hrefWith(filters)} className="text-accent underline underline-offset-4">
            {t("newest")}
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={hrefWith(filters, page.nextCursor)} className="text-accent underline underline-offset-4">
            {t("older")}
          </Link>
        )}
      </div>
    </div>
  );
}
