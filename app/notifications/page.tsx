import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { NotificationList } from "@/components/discussion/notification-list";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { listNotifications } from "@/lib/discussion/list-notifications";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title"), robots: { index: false } };
}

export default async function NotificationsPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("notifications")]);
  return (
    <div className="mx-auto max-w-[40rem] px-5 pt-8 sm:px-6 sm:pt-12">
      <h1 className="font-serif text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <div className="mt-6">
        {user ? (
          <NotificationList initial={await listNotifications({ user, limit: 20 })} />
        ) : (
          <>
            <p className="mb-4 text-sm text-muted">{t("signInFirst")}</p>
            <SignInPanel returnTo="/notifications" />
          </>
        )}
      </div>
    </div>
  );
}
