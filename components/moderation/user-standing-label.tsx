"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ModeratedUser } from "@/lib/moderation/moderated-user";

const TONE = { active: "bg-green-50 text-green-900", suspended: "bg-amber-50 text-amber-950", banned: "bg-red-50 text-red-900" } as const;

/** 正常 / 暂停至 … / 已封禁, as a small badge. */
export function UserStandingLabel({ user }: { user: Pick<ModeratedUser, "status" | "suspendedUntil"> }) {
  const t = useTranslations("moderation.standing");
  const format = useFormatter();
  const text =
    user.status === "suspended"
      ? user.suspendedUntil
        ? t("suspended", { until: format.dateTime(new Date(user.suspendedUntil), { dateStyle: "medium", timeStyle: "short" }) })
        : t("suspendedIndefinitely")
      : t(user.status);
  return (
    <span className={`rounded-full px-2 py-0.5 text-xs ${TONE[user.status]}`} data-testid="user-standing">
      {text}
    </span>
  );
}
