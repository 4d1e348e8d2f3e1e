import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ModerationNav } from "@/components/moderation/moderation-nav";
import { requireModeratorPage } from "@/app/moderation/require-moderator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.nav");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false } };
}

export default async function ModerationLayout({ children }: { children: ReactNode }) {
  const actor = await requireModeratorPage();
  return (
    <div className="mx-auto max-w-5xl px-4 py-6 sm:py-8">
      <ModerationNav isAdmin={actor.role === "ADMIN"} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
