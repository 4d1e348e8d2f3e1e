import { getFormatter, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { handleErrors } from "@/lib/api/json-response";
import { env } from "@/lib/env";
import { listAllMyHighlights } from "@/lib/highlights/export-notes";
import { notesMarkdown } from "@/lib/highlights/notes-markdown";

export const dynamic = "force-dynamic";

/** 我的笔记 as a Markdown file to download. */
export const GET = handleErrors(async (request: Request) => {
  const highlights = await listAllMyHighlights(await getCurrentUser());
  const [t, format] = await Promise.all([getTranslations("highlights.markdown"), getFormatter()]);
  const now = new Date();
  const markdown = notesMarkdown(highlights, {
    origin: (env.SITE_URL ?? new URL(request.url).origin).replace(/\/+$/, ""),
    labels: {
      title: t("title"),
      exported: t("exported", { date: format.dateTime(now, { year: "numeric", month: "long", day: "numeric" }) }),
      note: t("note"),
      orphans: t("orphans"),
      orphanLead: t("orphanLead"),
      open: t("open"),
    },
  });
  const day = now.toISOString().slice(0, 10);
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="marginalia-notes-${day}.md"`,
      "Cache-Control": "private, no-store",
    },
  });
});
