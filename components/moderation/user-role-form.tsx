"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setUserRoleAction } from "@/app/moderation/actions";
import type { ModerationErrorKey } from "@/app/moderation/action-result";
import type { ModeratedUser } from "@/lib/moderation/moderated-user";

/** Admins make a member a moderator, or a moderator a member again. */
export function UserRoleForm({ user }: { user: Pick<ModeratedUser, "id" | "role"> }) {
  const t = useTranslations("moderation.user.roleForm");
  const tErrors = useTranslations("moderation.errors");
  const [error, setError] = useState<ModerationErrorKey | null>(null);
  const [pending, startTransition] = useTransition();
  if (user.role === "admin") return <p className="text-sm text-muted">{t("isAdmin")}</p>;
  const role = user.role === "moderator" ? "MEMBER" : "MODERATOR";
  return (
    <div className="text-sm">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setUserRoleAction({ userId: user.id, role });
            setError(result.ok ? null : result.error);
          })
        }
        className="rounded-full border border-black/20 px-4 py-1.5 text-ink transition hover:border-black/40 disabled:opacity-60"
      >
        {role === "MODERATOR" ? t("makeModerator") : t("removeModerator")}
      </button>
      <p role="alert" className="mt-2 text-red-700 empty:hidden">
        {error && tErrors(error)}
      </p>
    </div>
  );
}
