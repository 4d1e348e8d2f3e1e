import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPanel } from "@/components/auth/sign-in-panel";
import { MyNotesList } from "@/components/highlights/my-notes-list";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { listMyHighlights } from "@/lib/highlights/list-my-highlights";

export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("highlights.notes");
  return { title: t("title"), robots: { index: false } };
}

export default async function MyNotesPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("highlights.notes")]);
  return (
    <div className="mx-auto max-w-[40rem] px-5 pt-8 sm:px-6 sm:pt-12">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="font-serif text-2xl font-bold sm:text-3xl">{t("title")}</h1>
        {user && (
          <a href="/api/v1/me/notes.md" download className="rounded-full border border-black/15 px-3 py-1 text-sm transition hover:border-black/40 focus-visible:outline-2 focus-visible:outline-accent">
            {t("export")}
          </a>
        )}
      </div>
      <div className="mt-6">
        {user ? (
          <MyNotesList initial={await listMyHighlights({ user, limit: PAGE_SIZE })} />
        ) : (
          <>
            <p className="mb-4 text-sm text-muted">{t("signInFirst")}</p>
            <SignInPanel returnTo="/me/notes" />
          </>
        )}
      </div>
    </div>
  );
}
