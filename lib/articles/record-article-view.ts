import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { totalViews } from "@/lib/articles/article-dto";
import { chinaCalendarDay } from "@/lib/articles/view-day";
import type { ViewCountDto } from "@/lib/api/article-schemas";

/** Counts one view per visitor per day (China's calendar) and returns the new total. */
export async function recordArticleView(options: { slug: string; visitorId: string; now?: Date }): Promise<ViewCountDto> {
  const day = chinaCalendarDay(options.now ?? new Date());
  return getDb().$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug: options.slug }, select: { id: true } });
    if (!article) throw new AppError("not_found", "No article with that address.");
    const inserted = await tx.articleView.createMany({
      data: [{ articleId: article.id, visitorId: options.visitorId, day }],
      skipDuplicates: true,
    });
    const counted = inserted.count === 1;
    const updated = counted
      ? await tx.article.update({ where: { id: article.id }, data: { countedViews: { increment: 1 } } })
      : await tx.article.findUniqueOrThrow({ where: { id: article.id } });
    return { views: totalViews(updated), counted };
  });
}
