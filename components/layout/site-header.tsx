import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { UserMenu } from "@/components/layout/user-menu";
import { NotificationBadge } from "@/components/discussion/notification-badge";

export async function SiteHeader() {
  const t = await getTranslations("site");
  return (
    <header className="sticky top-0 z-40 border-b border-black/5 bg-paper/90 backdrop-blur">
      <div className="mx-auto flex h-14 max-w-5xl items-center justify-between gap-4 px-4">
        <Link href="/" className="shrink-0 whitespace-nowrap font-serif text-lg font-semibold tracking-wide text-ink">
          {t("name")}
        </Link>
        <nav aria-label={t("name")} className="flex items-center gap-3 text-sm">
          <LanguageSwitch />
          <NotificationBadge />
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
