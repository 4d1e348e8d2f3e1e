import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="mx-auto max-w-xl px-5 py-20 text-center">
      <h1 className="font-serif text-2xl font-bold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-muted">{t("notFoundBody")}</p>
      <Link href="/" className="mt-6 inline-block text-accent underline underline-offset-4">
        {t("backHome")}
      </Link>
    </div>
  );
}
