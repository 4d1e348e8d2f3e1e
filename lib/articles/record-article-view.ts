import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { totalViews } from "@/lib/articles/article-dto";
import { chinaCalendarDay } from "@/lib/articles/view-day";
import type { ViewCountDto } from "@/lib/api/article-schemas";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Counts one view per visitor per day (China's calendar) and returns the new
 * total. A request without a visitor id (no cookie yet) counts nothing and is
 * told to retry once it has the cookie: otherwise every cookieless POST would
 * be a new visitor and one script could add any number of views.
 */
export async function recordArticleView(options: {
  slug: string;
  visitorId: string | null;
  now?: Date;
  db?: PrismaClient;
}): Promise<ViewCountDto> {
  const { visitorId, db = getDb() } = options;
  const day = chinaCalendarDay(options.now ?? new Date());
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { slug: options.slug } });
    if (!article) throw new AppError("not_found", "No article with that address.");
    if (visitorId === null) return { views: totalViews(article), counted: false, retry: true };
    const inserted = await tx.articleView.createMany({
      data: [{ articleId: article.id, visitorId, day }],
      skipDuplicates: true,
    });
    const counted = inserted.count === 1;
    const updated = counted
      ? await tx.article.update({ where: { id: article.id }, data: { countedViews: { increment: 1 } } })
      : article;
    return { views: totalViews(updated), counted };
  });
}
