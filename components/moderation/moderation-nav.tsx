"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

/** The moderation section's pages; the audit log and settings are for admins. */
export function ModerationNav({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("moderation.nav");
  const pathname = usePathname();
  const links = [
    { href: "/moderation", label: t("queue"), current: pathname === "/moderation" || pathname.startsWith("/moderation/users") },
    ...(isAdmin
      ? [
          { href: "/moderation/audit-log", label: t("auditLog"), current: pathname.startsWith("/moderation/audit-log") },
          { href: "/moderation/settings", label: t("settings"), current: pathname.startsWith("/moderation/settings") },
        ]
      : []),
  ];
  return (
    <nav aria-label={t("title")} className="flex flex-wrap items-center gap-x-1 gap-y-2 border-b border-black/10 pb-3">
      <span className="mr-3 font-serif text-xl font-bold">{t("title")}</span>
      {links.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={link.current ? "page" : undefined}
          className="rounded-full px-3 py-1 text-sm text-muted transition-colors hover:text-ink focus-visible:outline-2 focus-visible:outline-accent aria-[current=page]:bg-ink aria-[current=page]:text-paper"
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
