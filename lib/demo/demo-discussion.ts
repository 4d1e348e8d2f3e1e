import { createRandom, type Random } from "@/lib/demo/prng";
import { DEMO_NAMES, earlierVersion, replyBody, rootBody, type BodyContext } from "@/lib/demo/demo-phrases";

/**
 * A realistic discussion for the demo and the benchmark, planned in memory
 * (no database here) so it can be checked and inserted in batches. It follows
 * the discussion services' rules: replies nest to depth 2, deeper answers stay
 * at depth 2 beside the comment they answer with replyTo set; rootId is null
 * on roots; replyCount counts published comments below (parent and root);
 * a deleted comment keeps its row with an empty body, its text in a revision.
 */

/** Demo users are recognised by this e-mail domain (and removed by --reset). */
export const DEMO_EMAIL_DOMAIN = "demo.marginalia.local";

export type DemoBlock = { anchor: string; kind: "PARAGRAPH" | "HEADING" | "FIGURE"; text: string };

export type DemoUser = { id: string; name: string; email: string; createdAt: Date };
export type DemoComment = {
  id: string;
  articleId: string;
  authorId: string;
  anchor: string | null;
  parentId: string | null;
  rootId: string | null;
  depth: number;
  replyToUserId: string | null;
  body: string;
  status: "PUBLISHED" | "DELETED";
  likeCount: number;
  replyCount: number;
  editedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
};
export type DemoRevision = { commentId: string; body: string; createdAt: Date };
export type DemoLike = { commentId: string; userId: string; createdAt: Date };
export type DemoDiscussion = { users: DemoUser[]; comments: DemoComment[]; revisions: DemoRevision[]; likes: DemoLike[] };

const MAX_DEPTH = 2;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export type DemoOptions = {
  articleId: string;
  blocks: readonly DemoBlock[];
  comments: number;
  users?: number;
  seed?: number;
  /** The discussion spans the two weeks before this moment. */
  now: Date;
};

/** Heavy-tailed weights: a few items get most of the activity. */
function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_, rank) => 1 / (rank + 1) ** exponent);
}

/** A like count with a long tail: most comments get none or a few, some get dozens. */
function likeCount(random: Random, isRoot: boolean, cap: number): number {
  if (random.chance(isRoot ? 0.35 : 0.55)) return 0;
  const pareto = Math.floor((isRoot ? 1.5 : 1) / (1 - random.next()) ** 0.9);
  return Math.min(cap, pareto);
}

export function planDemoDiscussion(options: DemoOptions): DemoDiscussion {
  const random = createRandom(options.seed ?? 20231120);
  const userCount = Math.min(options.users ?? 40, DEMO_NAMES.length);
  const end = options.now.getTime();
  const start = end - 14 * DAY;

  const users: DemoUser[] = DEMO_NAMES.slice(0, userCount).map((name, index) => ({
    id: `demo-user-${String(index + 1).padStart(3, "0")}`,
    name,
    email: `reader${index + 1}@${DEMO_EMAIL_DOMAIN}`,
    createdAt: new Date(start - (index + 1) * DAY),
  }));
  // Some readers write a lot, most only now and then.
  const userWeights = random.shuffle(zipfWeights(users.length, 0.9));

  // The article-wide discussion takes about a sixth; among blocks, a few
  // paragraphs draw most comments, headings and figure captions few.
  const discussions: { anchor: string | null; context: BodyContext; weight: number }[] = [];
  const paragraphs = random.shuffle(options.blocks.filter((block) => block.kind === "PARAGRAPH"));
  const paragraphWeights = zipfWeights(paragraphs.length, 1.1);
  const paragraphTotal = paragraphWeights.reduce((sum, weight) => sum + weight, 0);
  paragraphs.forEach((block, index) =>
    discussions.push({ anchor: block.anchor, context: { blockText: block.text, blockKind: "PARAGRAPH" }, weight: (paragraphWeights[index] ?? 0) / paragraphTotal }),
  );
  for (const block of options.blocks) {
    if (block.kind !== "PARAGRAPH") discussions.push({ anchor: block.anchor, context: { blockText: block.text, blockKind: block.kind }, weight: 0.004 });
  }
  const articleWide = { anchor: null, context: { blockText: "", blockKind: "ARTICLE" as const }, weight: 0.2 };
  discussions.push(articleWide);
  const discussionWeights = discussions.map((discussion) => discussion.weight);

  // Chronological, so whatever a comment answers already exists.
  const times = Array.from({ length: options.comments }, () => start + Math.floor(random.next() * (end - start - 10 * MINUTE)));
  times.sort((a, b) => a - b);

  const comments: DemoComment[] = [];
  // When each comment was last answered (directly, or below it): it can only be deleted after that.
  const lastAnsweredAt = new Map<string, number>();
  const byDiscussion = new Map<string | null, DemoComment[]>();
  const authorName = new Map(users.map((user) => [user.id, user.name]));
  const pickAuthor = (avoid: string | null) => {
    for (let attempt = 0; attempt < 4; attempt++) {
      const user = users[random.weightedIndex(userWeights)]!;
      if (user.id !== avoid) return user.id;
    }
    return users.find((user) => user.id !== avoid)!.id;
  };

  times.forEach((time, index) => {
    const discussion = discussions[random.weightedIndex(discussionWeights)]!;
    const existing = byDiscussion.get(discussion.anchor) ?? [];
    const id = `demo-comment-${String(index + 1).padStart(6, "0")}`;
    // Strictly increasing, so a reply is always newer than what it answers.
    const createdAt = new Date(time + index);
    const base = { id, articleId: options.articleId, anchor: discussion.anchor, status: "PUBLISHED" as const, likeCount: 0, replyCount: 0, editedAt: null, deletedAt: null, createdAt };

    let comment: DemoComment;
    if (existing.length > 0 && random.chance(0.58)) {
      // Recent comments draw more answers than old ones.
      const recencyWeights = existing.map((_, position) => 1 + position / existing.length);
      const answered = existing[random.weightedIndex(recencyWeights)]!;
      const authorId = pickAuthor(answered.authorId);
      const rootId = answered.rootId ?? answered.id;
      const nested = answered.depth < MAX_DEPTH;
      for (const above of [answered.id, answered.parentId, rootId]) if (above) lastAnsweredAt.set(above, createdAt.getTime());
      comment = {
        ...base,
        authorId,
        parentId: nested ? answered.id : answered.parentId,
        rootId,
        depth: nested ? answered.depth + 1 : MAX_DEPTH,
        replyToUserId: nested ? null : answered.authorId,
        body: replyBody(random, authorName.get(answered.authorId) ?? ""),
      };
    } else {
      const context =
        discussion.anchor === null ? { blockText: random.pick(paragraphs).text, blockKind: "ARTICLE" as const } : discussion.context;
      comment = { ...base, authorId: pickAuthor(null), parentId: null, rootId: null, depth: 0, replyToUserId: null, body: rootBody(random, context) };
    }
    comments.push(comment);
    existing.push(comment);
    byDiscussion.set(discussion.anchor, existing);
  });

  const revisions: DemoRevision[] = [];
  for (const comment of comments) {
    if (random.chance(0.04)) {
      // Deleted after its last answer: nobody answers a deleted comment.
      const deletedAt = Math.max(comment.createdAt.getTime(), lastAnsweredAt.get(comment.id) ?? 0) + random.int(10 * MINUTE, 2 * DAY);
      if (deletedAt < end) {
        revisions.push({ commentId: comment.id, body: comment.body, createdAt: new Date(deletedAt) });
        comment.status = "DELETED";
        comment.body = "";
        comment.deletedAt = new Date(deletedAt);
        continue;
      }
    }
    if (random.chance(0.08)) {
      const editedAt = comment.createdAt.getTime() + random.int(2 * MINUTE, 3 * 60 * MINUTE);
      if (editedAt < end) {
        revisions.push({ commentId: comment.id, body: earlierVersion(random, comment.body), createdAt: new Date(editedAt) });
        comment.editedAt = new Date(editedAt);
      }
    }
  }

  // Counters the services maintain: published comments below each ancestor.
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  for (const comment of comments) {
    if (comment.status !== "PUBLISHED") continue;
    for (const ancestor of new Set([comment.parentId, comment.rootId])) {
      if (ancestor) byId.get(ancestor)!.replyCount += 1;
    }
  }

  const likes: DemoLike[] = [];
  for (const comment of comments) {
    const others = users.filter((user) => user.id !== comment.authorId);
    const count = likeCount(random, comment.depth === 0, others.length);
    const likedUntil = comment.deletedAt?.getTime() ?? end;
    for (const user of random.shuffle(others).slice(0, count)) {
      const createdAt = new Date(comment.createdAt.getTime() + Math.floor(random.next() * (likedUntil - comment.createdAt.getTime())));
      likes.push({ commentId: comment.id, userId: user.id, createdAt });
    }
    comment.likeCount = count;
  }

  return { users, comments, revisions, likes };
}
