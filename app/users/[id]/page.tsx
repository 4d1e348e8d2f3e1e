import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Avatar } from "@/components/auth/avatar";
import { AppError } from "@/lib/errors";
import { getPublicProfile, type PublicProfile } from "@/lib/highlights/public-profile";
import { highlightHref } from "@/lib/highlights/passage-link";

export const dynamic = "force-dynamic";

const NOTES_SHOWN = 50;

type Props = { params: Promise<{ id: string }> };

async function profileOr404(id: string): Promise<PublicProfile> {
  if (!/^[a-z0-9]{1,40}$/.test(id)) notFound();
  try {
    return await getPublicProfile({ id, limit: NOTES_SHOWN });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { user } = await profileOr404((await params).id);
  const t = await getTranslations("profile");
  return { title: t("title", { name: user.name }) };
}

/** A reader's public face: the page the creator ids of exported annotations (/users/<id>) point to. */
export default async function UserProfilePage({ params }: Props) {
  const { user, notes } = await profileOr404((await params).id);
  const [t, format] = await Promise.all([getTranslations("profile"), getFormatter()]);
  return (
    <div className="mx-auto max-w-[40rem] px-5 pt-8 pb-16 sm:px-6 sm:pt-12">
      <div className="flex items-center gap-4">
        <Avatar name={user.name} image={user.image} size={56} />
        <h1 className="font-serif text-2xl font-bold sm:text-3xl" data-testid="profile-name">
          {user.name}
        </h1>
      </div>
      <h2 className="mt-10 text-lg font-semibold">{t("publicNotes")}</h2>
      {notes.length === 0 ? (
        <p className="mt-3 text-muted">{t("none")}</p>
      ) : (
        <ul className="mt-4 space-y-6" data-testid="profile-notes">
          {notes.map((note) => (
            <li key={note.id} className="border-t border-black/10 pt-4">
              <a href={highlightHref(note)} className="block rounded focus-visible:outline-2 focus-visible:outline-accent">
                <blockquote className="border-l-2 border-accent/60 pl-3 font-serif whitespace-pre-line">{note.exact}</blockquote>
              </a>
              <p className="mt-2 whitespace-pre-line">{note.note?.body}</p>
              <p className="mt-2 text-sm text-muted">
                {t("onArticle", { title: note.articleTitle })} · {format.dateTime(new Date(note.createdAt), { year: "numeric", month: "long", day: "numeric" })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
