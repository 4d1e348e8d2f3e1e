import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_EMAIL_DOMAIN, planDemoDiscussion, type DemoBlock } from "@/lib/demo/demo-discussion";

export type DemoSeedResult =
  | { outcome: "seeded"; users: number; comments: number; likes: number; revisions: number; removed: number }
  | { outcome: "already_seeded"; users: number };

const COMMENT_BATCH = 1_000;
const LIKE_BATCH = 5_000;

function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

const demoUsers = { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } };

/**
 * Fills an article's discussion with demo readers, threads and likes. Demo
 * users carry the demo e-mail domain; `reset` removes them first, and with
 * them (by cascade) their comments, likes and sessions. Without `reset`, an
 * existing demo population is left as it is.
 */
export async function seedDemoDiscussion(
  db: PrismaClient,
  options: { slug: string; comments: number; reset: boolean; seed?: number; now?: Date },
): Promise<DemoSeedResult> {
  const article = await db.article.findUnique({
    where: { slug: options.slug },
    select: {
      id: true,
      blocks: { where: { removedAt: null, kind: { in: ["PARAGRAPH", "HEADING", "FIGURE"] } }, orderBy: { position: "asc" }, select: { anchor: true, kind: true, text: true } },
    },
  });
  if (!article) throw new Error(`no article "${options.slug}": start the app once (npm start) or run the seed first`);

  let removed = 0;
  if (options.reset) {
    removed = (await db.user.deleteMany({ where: demoUsers })).count;
  } else {
    const existing = await db.user.count({ where: demoUsers });
    if (existing > 0) return { outcome: "already_seeded", users: existing };
  }

  const plan = planDemoDiscussion({
    articleId: article.id,
    blocks: article.blocks as DemoBlock[],
    comments: options.comments,
    seed: options.seed,
    now: options.now ?? new Date(),
  });

  // All or nothing, so an interrupted seed leaves no half-built threads.
  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({ data: plan.users });
      // Chronological batches: every parent is in the same or an earlier batch.
      for (const batch of batches(plan.comments, COMMENT_BATCH)) await tx.comment.createMany({ data: batch });
      await tx.commentRevision.createMany({ data: plan.revisions });
      for (const batch of batches(plan.likes, LIKE_BATCH)) await tx.commentLike.createMany({ data: batch });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
  return { outcome: "seeded", users: plan.users.length, comments: plan.comments.length, likes: plan.likes.length, revisions: plan.revisions.length, removed };
}
