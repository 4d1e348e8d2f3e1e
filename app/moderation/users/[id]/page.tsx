import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireModeratorPage } from "@/app/moderation/require-moderator";
import { Avatar } from "@/components/auth/avatar";
import { AuditEntryList } from "@/components/moderation/audit-entry-list";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { UserRoleForm } from "@/components/moderation/user-role-form";
import { UserStandingForm } from "@/components/moderation/user-standing-form";
import { UserStandingLabel } from "@/components/moderation/user-standing-label";
import { UserIdParamsSchema, UserCommentsQuerySchema } from "@/lib/api/moderation-schemas";
import { AppError } from "@/lib/errors";
import { listUserComments, getUserModerationProfile } from "@/lib/moderation/user-moderation-profile";

export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.user");
  return { title: t("title") };
}

const SECTION = "mt-8 border-t border-black/10 pt-6";

export default async function ModeratedUserPage({ params, searchParams }: PageProps) {
  const actor = await requireModeratorPage();
  const parsedId = UserIdParamsSchema.safeParse(await params);
  if (!parsedId.success) notFound();
  const userId = parsedId.data.id;
  const query = UserCommentsQuerySchema.safeParse(await searchParams);
  const cursor = query.success ? query.data.cursor : undefined;
  const [t, format, loaded] = await Promise.all([
    getTranslations("moderation"),
    getFormatter(),
    Promise.all([getUserModerationProfile({ actor, userId }), listUserComments({ actor, userId, cursor })]).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "not_found") notFound();
      throw error;
    }),
  ]);
  const [profile, comments] = loaded;
  const { user } = profile;
  const name = user.name ?? t("item.unnamed");
  // Moderators act on members; admins on members and moderators; nobody on themselves.
  const mayActOnStanding = user.id !== actor.id && (user.role === "member" || (actor.role === "ADMIN" && user.role === "moderator"));
  const counts = user.commentCounts;

  return (
    <div>
      <header className="flex flex-wrap items-center gap-4">
        <Avatar name={name} image={user.image} size={56} />
        <div>
          <h1 className="font-serif text-2xl font-bold" data-testid="moderated-user-name">
            {name}
          </h1>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
            <span>{t(`roles.${user.role}`)}</span>
            <UserStandingLabel user={user} />
            <span>{t("user.joined", { date: format.dateTime(new Date(user.createdAt), { dateStyle: "medium" }) })}</span>
          </p>
        </div>
      </header>
      {user.suspensionReason && (
        <p className="mt-3 text-sm" data-testid="moderated-user-reason">
          {t("user.standingReason", { reason: user.suspensionReason })}
        </p>
      )}
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm sm:grid-cols-6">
        {(["published", "pending", "hidden", "rejected", "deleted"] as const).map((status) => (
          <div key={status} className="rounded-lg bg-black/[0.03] px-3 py-2">
            <dt className="text-xs text-muted">{t(`statuses.${status}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums">{counts[status]}</dd>
          </div>
        ))}
        <div className="rounded-lg bg-black/[0.03] px-3 py-2">
          <dt className="text-xs text-muted">{t("user.reportsAgainst")}</dt>
          <dd className="text-lg font-semibold tabular-nums">{profile.reportsAgainst}</dd>
        </div>
      </dl>

      {mayActOnStanding && (
        <section aria-labelledby="standing-heading" className={SECTION}>
          <h2 id="standing-heading" className="text-lg font-semibold">
            {t("user.standingTitle")}
          </h2>
          <div className="mt-3 max-w-xl">
            <UserStandingForm user={user} />
          </div>
        </section>
      )}

      {actor.role === "ADMIN" && user.id !== actor.id && (
        <section aria-labelledby="role-heading" className={SECTION}>
          <h2 id="role-heading" className="text-lg font-semibold">
            {t("user.roleTitle")}
          </h2>
          <div className="mt-3">
            <UserRoleForm user={user} />
          </div>
        </section>
      )}

      <section aria-labelledby="history-heading" className={SECTION}>
        <h2 id="history-heading" className="text-lg font-semibold">
          {t("user.historyTitle")}
        </h2>
        <div className="mt-3">
          {profile.history.length === 0 ? <p className="text-sm text-muted">{t("user.noHistory")}</p> : <AuditEntryList entries={profile.history} />}
        </div>
      </section>

      <section aria-labelledby="comments-heading" className={SECTION}>
        <h2 id="comments-heading" className="text-lg font-semibold">
          {t("user.commentsTitle")}
        </h2>
        <div className="mt-3">
          <ModerationQueue key={cursor ?? ""} items={comments.items} emptyMessage={t("user.noComments")} />
        </div>
        <div className="mt-4 flex justify-between text-sm">
          {cursor ? (
            <Link href={`/moderation/users/${user.id}`} className="text-accent underline underline-offset-4">
              {t("queue.firstPage")}
            </Link>
          ) : (
            <span />
          )}
          {comments.nextCursor && (
            <Link href={`/moderation/users/${user.id}?${new URLSearchParams({ cursor: comments.nextCursor })}`} className="text-accent underline underline-offset-4">
              {t("queue.nextPage")}
            </Link>
          )}
        </div>
      </section>
    </div>
  );
}
