import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireModeratorPage } from "@/app/moderation/require-moderator";
import { SettingsForm } from "@/components/moderation/settings-form";
import { WordListEditor } from "@/components/moderation/word-list-editor";
import { getModerationSettingsForAdmin } from "@/lib/moderation/update-moderation-settings";
import { listWordEntries } from "@/lib/moderation/word-entries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.nav");
  return { title: t("settings") };
}

export default async function ModerationSettingsPage() {
  const actor = await requireModeratorPage("ADMIN");
  const [t, settings, words] = await Promise.all([
    getTranslations("moderation"),
    getModerationSettingsForAdmin({ actor }),
    listWordEntries({ actor }),
  ]);
  return (
    <div className="max-w-3xl">
      <h1 className="text-xl font-semibold">{t("settings.title")}</h1>
      <div className="mt-4">
        <SettingsForm settings={settings} />
      </div>
      <section aria-labelledby="words-heading" className="mt-10 border-t border-black/10 pt-6">
        <h2 id="words-heading" className="text-lg font-semibold">
          {t("words.title")}
        </h2>
        <p className="mt-1 text-sm text-muted">{t("words.lead")}</p>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          <WordListEditor kind="BLOCKED" entries={words.filter((entry) => entry.kind === "BLOCKED")} />
          <WordListEditor kind="SUSPECT" entries={words.filter((entry) => entry.kind === "SUSPECT")} />
        </div>
      </section>
    </div>
  );
}
