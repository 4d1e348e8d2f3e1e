import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireModeratorPage } from "@/app/moderation/require-moderator";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { QueueQuerySchema, QueueTabSchema, type QueueTab } from "@/lib/api/moderation-schemas";
import { listModerationQueue } from "@/lib/moderation/moderation-queue";
import { countModerationQueue } from "@/lib/moderation/queue-counts";

export const dynamic = "force-dynamic";

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.nav");
  return { title: t("queue") };
}

function tabHref(tab: QueueTab, cursor?: string): string {
  const query = new URLSearchParams({ tab });
  if (cursor) query.set("cursor", cursor);
  return `/moderation?${query}`;
}

export default async function ModerationQueuePage({ searchParams }: PageProps) {
  const actor = await requireModeratorPage();
  const params = await searchParams;
  const parsed = QueueQuerySchema.safeParse({ tab: params.tab, cursor: params.cursor });
  const { tab, cursor } = parsed.success ? parsed.data : { tab: "pending" as const, cursor: undefined };
  const [t, page, counts] = await Promise.all([
    getTranslations("moderation"),
    listModerationQueue({ actor, tab, cursor }),
    countModerationQueue({ actor }),
  ]);
  return (
    <div>
      <h1 className="sr-only">{t("nav.queue")}</h1>
      <nav aria-label={t("queue.tabsLabel")} className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
        {QueueTabSchema.options.map((name) => (
          <Link
            key={name}
            href={tabHref(name)}
            aria-current={name === tab ? "page" : undefined}
            className="shrink-0 whitespace-nowrap rounded-lg border border-black/10 px-3 py-1.5 text-sm text-muted transition-colors hover:text-ink aria-[current=page]:border-ink aria-[current=page]:text-ink aria-[current=page]:font-semibold"
            data-testid={`queue-tab-${name}`}
          >
            {t(`queue.tabs.${name}`)}
            {name !== "recent" && (
              <span className="ml-1.5 rounded-full bg-black/5 px-1.5 text-xs tabular-nums" data-testid={`queue-count-${name}`}>
                {counts[name]}
              </span>
            )}
          </Link>
        ))}
      </nav>
      <p className="mt-3 text-sm text-muted">{t(`queue.leads.${tab}`)}</p>
      <div className="mt-4">
        <ModerationQueue key={`${tab}:${cursor ?? ""}`} items={page.items} emptyMessage={t(`queue.empty.${tab}`)} />
      </div>
      <div className="mt-6 flex justify-between text-sm">
        {cursor ? (
          <Link href={tabHref(tab)} className="text-accent underline underline-offset-4">
            {t("queue.firstPage")}
          </Link>
        ) : (
          <span />
        )}
        {page.nextCursor && (
          <Link href={tabHref(tab, page.nextCursor)} className="text-accent underline underline-offset-4">
            {t("queue.nextPage")}
          </Link>
        )}
      </div>
    </div>
  );
}
