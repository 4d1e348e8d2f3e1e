import { getLocale, getTranslations } from "next-intl/server";
import { switchLocale } from "@/app/actions/switch-locale";

export async function LanguageSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("language");
  const target = locale === "en" ? "zh-CN" : "en";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={target} />
      <button
        type="submit"
        lang={target}
        aria-label={t("switchToLabel")}
        className="rounded-full border border-black/10 px-3 py-1 text-muted transition hover:border-black/30 hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
      >
        {t("switchTo")}
      </button>
    </form>
  );
}
