import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkDisplayName } from "@/lib/auth/display-name";
import { parseSeedArticle } from "@/lib/articles/parse-seed-article";
import { DEMO_EMAIL_DOMAIN, planDemoDiscussion, type DemoBlock, type DemoComment } from "@/lib/demo/demo-discussion";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/comment-body";

const source = readFileSync(path.join(process.cwd(), "prisma/seed/openai-board-reversal.txt"), "utf8");
const blocks: DemoBlock[] = parseSeedArticle(source)
  .blocks.filter((block) => block.kind !== "DISCLAIMER")
  .map((block, index) => ({ anchor: `b-${index}`, kind: block.kind as DemoBlock["kind"], text: block.text }));
const now = new Date("2026-11-29T10:00:00Z");
const plan = planDemoDiscussion({ articleId: "article-1", blocks, comments: 2000, now });
const byId = new Map(plan.comments.map((comment) => [comment.id, comment]));

function parentOf(comment: DemoComment): DemoComment {
  const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
  if (!parent) throw new Error(`${comment.id} has no parent`);
  return parent;
}

describe("the demo discussion plan", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(planDemoDiscussion({ articleId: "article-1", blocks, comments: 2000, now })).toEqual(plan);
    const other = planDemoDiscussion({ articleId: "article-1", blocks, comments: 2000, now, seed: 7 });
    expect(other.comments.map((comment) => comment.body)).not.toEqual(plan.comments.map((comment) => comment.body));
  });

  it("has 40 demo readers with valid Chinese display names and demo addresses", () => {
    expect(plan.users).toHaveLength(40);
    for (const user of plan.users) {
      expect(checkDisplayName(user.name)).toEqual({ ok: true, name: user.name });
      expect(user.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)).toBe(true);
    }
    expect(new Set(plan.users.map((user) => user.email)).size).toBe(40);
    expect(plan.users.filter((user) => /\p{Script=Han}/u.test(user.name)).length).toBeGreaterThan(35);
  });

  it("places replies as the discussion service does: depth 2 at most, deeper answers beside with replyTo", () => {
    expect(plan.comments).toHaveLength(2000);
    for (const comment of plan.comments) {
      if (comment.depth === 0) {
        expect([comment.parentId, comment.rootId, comment.replyToUserId]).toEqual([null, null, null]);
        continue;
      }
      const parent = parentOf(comment);
      expect(comment.anchor).toBe(parent.anchor);
      expect(comment.rootId).toBe(parent.rootId ?? parent.id);
      expect(comment.createdAt.getTime()).toBeGreaterThan(parent.createdAt.getTime());
      if (comment.replyToUserId === null) expect(comment.depth).toBe(parent.depth + 1);
      else expect([comment.depth, parent.depth]).toEqual([2, 1]);
      expect(comment.depth).toBeLessThanOrEqual(2);
    }
    const flattened = plan.comments.filter((comment) => comment.replyToUserId !== null);
    expect(flattened.length).toBeGreaterThan(50);
  });

  it("keeps replyCount and likeCount equal to what they count", () => {
    // Counted independently of the planner: published comments under each root, and under each depth-1 comment.
    const below = new Map<string, number>();
    for (const other of plan.comments) {
      if (other.status !== "PUBLISHED" || other.depth === 0) continue;
      below.set(other.rootId!, (below.get(other.rootId!) ?? 0) + 1);
      if (other.parentId !== other.rootId) below.set(other.parentId!, (below.get(other.parentId!) ?? 0) + 1);
    }
    const mismatched = plan.comments.filter((comment) => comment.replyCount !== (below.get(comment.id) ?? 0));
    expect(mismatched).toEqual([]);
    const likesPer = new Map<string, number>();
    for (const like of plan.likes) likesPer.set(like.commentId, (likesPer.get(like.commentId) ?? 0) + 1);
    expect(plan.comments.filter((comment) => comment.likeCount !== (likesPer.get(comment.id) ?? 0))).toEqual([]);
    expect(new Set(plan.likes.map((like) => `${like.commentId}/${like.userId}`)).size).toBe(plan.likes.length);
    expect(plan.likes.every((like) => byId.get(like.commentId)?.authorId !== like.userId)).toBe(true);
  });

  it("skews likes and comments: a few comments and blocks draw most of them", () => {
    const counts = plan.comments.map((comment) => comment.likeCount).sort((a, b) => b - a);
    const top = counts.slice(0, counts.length / 20).reduce((sum, count) => sum + count, 0);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(top / total).toBeGreaterThan(0.3);
    expect(counts.filter((count) => count === 0).length).toBeGreaterThan(counts.length / 3);

    const perAnchor = new Map<string | null, number>();
    for (const comment of plan.comments) perAnchor.set(comment.anchor, (perAnchor.get(comment.anchor) ?? 0) + 1);
    const articleWide = perAnchor.get(null) ?? 0;
    expect(articleWide / 2000).toBeGreaterThan(0.08);
    const blockCounts = [...perAnchor.entries()].filter(([anchor]) => anchor !== null).map(([, count]) => count).sort((a, b) => b - a);
    const busiestThree = (blockCounts[0] ?? 0) + (blockCounts[1] ?? 0) + (blockCounts[2] ?? 0);
    expect(busiestThree / (2000 - articleWide)).toBeGreaterThan(0.3);
    expect(blockCounts.length).toBeGreaterThan(20);
  });

  it("edits and deletes some comments the way the services do", () => {
    const deleted = plan.comments.filter((comment) => comment.status === "DELETED");
    const edited = plan.comments.filter((comment) => comment.editedAt !== null);
    expect(deleted.length).toBeGreaterThan(20);
    expect(edited.length).toBeGreaterThan(60);
    for (const comment of deleted) {
      expect(comment.body).toBe("");
      const revision = plan.revisions.find((candidate) => candidate.commentId === comment.id);
      expect(revision?.body.length).toBeGreaterThan(0);
      // Nothing answers a comment after it was deleted.
      const answers = plan.comments.filter((other) => other.parentId === comment.id || other.rootId === comment.id);
      expect(answers.every((answer) => answer.createdAt < comment.deletedAt!)).toBe(true);
    }
    for (const comment of edited) {
      const revision = plan.revisions.find((candidate) => candidate.commentId === comment.id);
      expect(revision?.body).not.toBe(comment.body);
      expect(revision?.createdAt).toEqual(comment.editedAt);
    }
  });

  it("writes Chinese bodies within the length limit, some quoting the article", () => {
    const published = plan.comments.filter((comment) => comment.status === "PUBLISHED");
    for (const comment of published) {
      expect(comment.body.trim().length).toBeGreaterThan(0);
      expect(Array.from(comment.body).length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    }
    const quotes = published.filter((comment) => comment.body.startsWith("> "));
    expect(quotes.length).toBeGreaterThan(50);
    const articleText = blocks.map((block) => block.text).join("\n");
    for (const comment of quotes) {
      const quoted = comment.body.split("\n")[0]!.slice(2);
      expect(articleText).toContain(quoted);
    }
    expect(new Set(published.map((comment) => comment.body)).size).toBeGreaterThan(published.length / 2);
  });
});
