import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { authorize, type ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { countComments } from "@/lib/discussion/count-comments";
import { createComment } from "@/lib/discussion/create-comment";
import { createReader, createTestArticle, paragraphAnchor, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { editComment } from "@/lib/discussion/edit-comment";
import { listThreads } from "@/lib/discussion/list-threads";
import { createHighlight } from "@/lib/highlights/create-highlight";
import { currentDocument, rangeIn, selectorsAt } from "@/lib/highlights/highlight-fixtures";
import { listArticleHighlights } from "@/lib/highlights/list-article-highlights";
import { updateHighlight } from "@/lib/highlights/update-highlight";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { createIsolatedDatabase } from "@/lib/testing/isolated-database";

// Settings and word lists are site-wide: this file changes them in a database of its own.
let db: PrismaClient;
let article: TestArticle;

const NO_LIMITS = { commentIntervalSeconds: 0, commentsPerHour: 100_000 };
const DEFAULTS: Prisma.ModerationSettingsUpdateInput = {
  preModeration: "OFF",
  newUserCommentCount: 3,
  holdLinksFromNewUsers: true,
  ...NO_LIMITS,
};

async function settings(changes: Prisma.ModerationSettingsUpdateInput = {}) {
  await db.moderationSettings.upsert({ where: { id: 1 }, create: { id: 1 }, update: { ...DEFAULTS, ...changes } });
}

async function words(blocked: string[], suspect: string[] = []) {
  await db.wordEntry.deleteMany();
  await db.wordEntry.createMany({
    data: [...blocked.map((term) => ({ term, normalized: term.toLowerCase(), kind: "BLOCKED" as const })), ...suspect.map((term) => ({ term, normalized: term.toLowerCase(), kind: "SUSPECT" as const }))],
  });
}

/** A reader with `published` comments already out, so not "new" once it reaches newUserCommentCount. */
async function veteran(published = 3): Promise<ActiveUser> {
  const reader = await createReader(db);
  for (let i = 0; i < published; i++) {
    await db.comment.create({ data: { articleId: article.id, authorId: reader.id, anchor: paragraphAnchor(article, 30), body: `earlier ${i} ${randomUUID()}` } });
  }
  return reader;
}

async function staff(role: "MODERATOR" | "ADMIN"): Promise<ActiveUser> {
  const user = await db.user.create({ data: { name: role, role }, select: { id: true, name: true, image: true, role: true, status: true, suspendedUntil: true } });
  return authorize(user, new Date());
}

const post = (actor: ActiveUser, body: string, extra: { anchor?: string | null; parentId?: string; idempotencyKey?: string } = {}) =>
  createComment({ db, actor, slug: article.slug, anchor: extra.anchor === undefined ? paragraphAnchor(article, 0) : extra.anchor, body, parentId: extra.parentId, idempotencyKey: extra.idempotencyKey });

const rowsBy = (authorId: string) => db.comment.count({ where: { authorId } });

describe("comment screening against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    db = createDbClient(await createIsolatedDatabase(inject("databaseUrl")));
    article = await createTestArticle(db, "screen-comment-test");
  }, 60_000);
  beforeEach(async () => {
    await settings();
    await words([]);
  });
  afterAll(async () => {
    await db.$disconnect();
  });

  describe("rate limits", () => {
    it("allow one comment per interval, answering 429 with the wait, and keep other users apart", async () => {
      await settings({ commentIntervalSeconds: 3, commentsPerHour: 60 });
      const [alice, bob] = [await veteran(), await veteran()];
      await post(alice, "第一条");
      const refused = await post(alice, "第二条").catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: "rate_limited", status: 429, details: { retryAfterSeconds: expect.any(Number) } });
      const wait = (refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds;
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(3);
      expect((refused as Error).message).toBe(`You are commenting too fast. Try again in ${wait} second${wait === 1 ? "" : "s"}.`);
      expect(await rowsBy(alice.id)).toBe(3 + 1);
      expect((await post(bob, "第二条")).created).toBe(true);
    });

    it("allow commentsPerHour in an hour", async () => {
      await settings({ commentIntervalSeconds: 0, commentsPerHour: 2 });
      const alice = await veteran();
      await post(alice, "一");
      await post(alice, "二");
      await expect(post(alice, "三")).rejects.toMatchObject({ code: "rate_limited", details: { retryAfterSeconds: expect.any(Number) } });
      const wait = await post(alice, "三").catch((error: { details: { retryAfterSeconds: number } }) => error.details.retryAfterSeconds);
      expect(wait).toBeGreaterThan(60);
      expect(wait).toBeLessThanOrEqual(30 * 60);
    });

    it("do not count refused comments", async () => {
      await settings({ commentIntervalSeconds: 3600, commentsPerHour: 60 });
      await words(["blocked"]);
      const alice = await veteran();
      await expect(post(alice, "this is blocked")).rejects.toMatchObject({ code: "blocked_word" });
      expect((await post(alice, "this is fine")).created).toBe(true);
    });

    it("still replay a double-clicked Post that raced the limit", async () => {
      await settings({ commentIntervalSeconds: 3, commentsPerHour: 60 });
      const alice = await veteran();
      const idempotencyKey = randomUUID();
      const results = await Promise.all([post(alice, "双击", { idempotencyKey }), post(alice, "双击", { idempotencyKey })]);
      expect(results.map((result) => result.created).sort()).toEqual([false, true]);
      expect(results[0]!.comment.id).toBe(results[1]!.comment.id);
      expect(await rowsBy(alice.id)).toBe(3 + 1);
    });
  });

  describe("repeated bodies", () => {
    it("refuse the same text from the same author, however it is spaced or cased, but not from someone else", async () => {
      const [alice, bob] = [await veteran(), await veteran()];
      await post(alice, "买买买 BUY NOW");
      for (const repeat of ["买买买 BUY NOW", "  买买买   buy now ", "买买买 ＢＵＹ ＮＯＷ"]) {
        await expect(post(alice, repeat, { anchor: null })).rejects.toMatchObject({
          code: "duplicate_comment",
          status: 409,
          fieldErrors: { body: ["duplicate_comment"] },
        });
      }
      expect((await post(bob, "买买买 BUY NOW")).created).toBe(true);
      expect((await post(alice, "买买买 BUY NOW!")).created).toBe(true);
      expect(await rowsBy(alice.id)).toBe(3 + 2);
    });

    it("let an author say again what they deleted", async () => {
      const alice = await veteran();
      const { comment } = await post(alice, "说错了");
      await db.comment.update({ where: { id: comment.id }, data: { status: "DELETED", body: "" } });
      expect((await post(alice, "说错了")).created).toBe(true);
    });
  });

  describe("word lists", () => {
    it("refuse blocked words with 422 naming them, on Chinese text without spaces and full-width Latin", async () => {
      await words(["傻逼", "scam"], ["加微信"]);
      const alice = await veteran();
      const refused = await post(alice, "你是傻逼吧，这是ＳＣＡＭ，加微信").catch((error: unknown) => error);
      expect(refused).toMatchObject({ code: "blocked_word", status: 422, fieldErrors: { body: ["blocked_word"] }, details: { words: ["傻逼", "scam"] } });
      expect((refused as Error).message).toContain("“傻逼”, “scam”");
      expect(await rowsBy(alice.id)).toBe(3);
      // An English entry does not fire inside another word.
      expect((await post(alice, "Not a scammer, just a scampi lover")).comment.status).toBe("published");
    });

    it("hold suspect words for review, as the author's alone: no count, notification or live event", async () => {
      await words([], ["加微信"]);
      const [alice, bob] = [await veteran(), await veteran()];
      const anchor = paragraphAnchor(article, 2);
      const root = await post(bob, "根评论", { anchor });
      const eventsBefore = await db.articleEvent.count({ where: { articleId: article.id } });
      const before = await countComments({ db, slug: article.slug });
      const { comment } = await post(alice, "想要资料的加 微 信", { anchor, parentId: root.comment.id });

      expect(comment).toMatchObject({ status: "pending", body: "想要资料的加 微 信" });
      const row = await db.comment.findUniqueOrThrow({ where: { id: comment.id } });
      expect(row).toMatchObject({ status: "PENDING", moderationFlags: [{ kind: "suspect_word", terms: ["加微信"] }] });
      expect((await db.comment.findUniqueOrThrow({ where: { id: root.comment.id } })).replyCount).toBe(0);
      expect(await db.notification.count({ where: { commentId: comment.id } })).toBe(0);
      expect(await db.articleEvent.count({ where: { articleId: article.id } })).toBe(eventsBefore);
      expect(await countComments({ db, slug: article.slug })).toEqual(before);

      const seenBy = async (viewer: ActiveUser | null) =>
        (await listThreads({ db, slug: article.slug, anchor, sort: "oldest", limit: 20, viewer })).threads.flatMap((thread) => thread.replies.map((reply) => reply.id));
      expect(await seenBy(alice)).toContain(comment.id);
      expect(await seenBy(bob)).not.toContain(comment.id);
      expect(await seenBy(null)).not.toContain(comment.id);
    });

    it("apply a word an admin adds or removes to the very next comment", async () => {
      const alice = await veteran();
      expect((await post(alice, "刷单 1")).comment.status).toBe("published");
      await words(["刷单"]);
      await expect(post(alice, "刷单 2")).rejects.toMatchObject({ code: "blocked_word" });
      await words([], ["刷单"]);
      expect((await post(alice, "刷单 3")).comment.status).toBe("pending");
      await words([]);
      expect((await post(alice, "刷单 4")).comment.status).toBe("published");
    });
  });

  describe("pre-moderation", () => {
    it("holds nothing when off", async () => {
      expect((await post(await createReader(db), "新人第一条")).comment.status).toBe("published");
    });

    it("holds the comments of users with fewer than newUserCommentCount published ones under NEW_USERS", async () => {
      await settings({ preModeration: "NEW_USERS", newUserCommentCount: 2 });
      const [newcomer, regular] = [await createReader(db), await veteran(2)];
      const { comment } = await post(newcomer, "新人第一条");
      expect(comment.status).toBe("pending");
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).moderationFlags).toEqual([{ kind: "pre_moderation", rule: "NEW_USERS" }]);
      // Held ones do not count towards leaving "new".
      expect((await post(newcomer, "新人第二条")).comment.status).toBe("pending");
      expect((await post(regular, "老读者")).comment.status).toBe("published");
    });

    it("holds everyone's comments under EVERYONE, except moderators' and admins'", async () => {
      await settings({ preModeration: "EVERYONE" });
      expect((await post(await veteran(), "老读者也要审")).comment.status).toBe("pending");
      expect((await post(await staff("MODERATOR"), "版主")).comment.status).toBe("published");
      expect((await post(await staff("ADMIN"), "管理员")).comment.status).toBe("published");
    });

    it("holds links from new users while the setting is on", async () => {
      const [newcomer, regular] = [await createReader(db), await veteran()];
      const { comment } = await post(newcomer, "看看 www.example.com 吧");
      expect(comment.status).toBe("pending");
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).moderationFlags).toEqual([{ kind: "link_from_new_user" }]);
      expect((await post(newcomer, "没有链接")).comment.status).toBe("published");
      expect((await post(regular, "https://example.com/regular")).comment.status).toBe("published");
      await settings({ holdLinksFromNewUsers: false });
      expect((await post(newcomer, "https://example.com/now-allowed")).comment.status).toBe("published");
    });
  });

  describe("notes", () => {
    let offset = 0;
    /** A fresh stretch of paragraph 6 for each highlight. */
    async function highlight(actor: ActiveUser, visibility: "private" | "public", note: string) {
      const doc = await currentDocument(db, article.slug);
      const { start, end } = rangeIn(doc, paragraphAnchor(article, 6), offset, 4);
      offset += 4;
      return createHighlight({ db, actor, slug: article.slug, input: { selectors: selectorsAt(doc, start, end), visibility, note } });
    }
    const noteSeenBy = async (viewer: ActiveUser | null, id: string) =>
      (await listArticleHighlights({ db, slug: article.slug, viewer })).highlights.find((candidate) => candidate.id === id)?.note ?? null;

    it("screen a public note like a comment", async () => {
      await words(["傻逼"], ["加微信"]);
      const alice = await veteran();
      await expect(highlight(alice, "public", "作者是傻逼")).rejects.toMatchObject({ code: "blocked_word", details: { words: ["傻逼"] } });
      const held = await highlight(alice, "public", "加微信聊");
      expect(held.note).toMatchObject({ status: "pending" });
      expect(await noteSeenBy(null, held.id)).toBeNull();
    });

    it("leave a private note to its writer, and screen it when its highlight goes public", async () => {
      await words(["傻逼"], ["加微信"]);
      const [alice, bob] = [await veteran(), await veteran()];
      const rude = await highlight(alice, "private", "私下说:傻逼");
      expect(rude.note).toMatchObject({ status: "published" });
      await expect(updateHighlight({ db, actor: alice, id: rude.id, input: { visibility: "public" } })).rejects.toMatchObject({ code: "blocked_word" });
      expect((await db.highlight.findUniqueOrThrow({ where: { id: rude.id } })).visibility).toBe("PRIVATE");

      const suspect = await highlight(alice, "private", "私下记:加微信");
      const published = await updateHighlight({ db, actor: alice, id: suspect.id, input: { visibility: "public" } });
      expect(published).toMatchObject({ visibility: "public", note: { status: "pending" } });
      expect(await noteSeenBy(bob, suspect.id)).toBeNull();
      expect(await db.comment.findFirstOrThrow({ where: { highlightId: suspect.id } })).toMatchObject({
        status: "PENDING",
        moderationFlags: [{ kind: "suspect_word", terms: ["加微信"] }],
      });

      const clean = await highlight(alice, "private", "私下记:好句子");
      // Saying in public what one noted privately is no repeat.
      expect((await post(alice, "私下记:好句子")).created).toBe(true);
      await updateHighlight({ db, actor: alice, id: clean.id, input: { visibility: "public" } });
      expect(await noteSeenBy(bob, clean.id)).toMatchObject({ status: "published", body: "私下记:好句子" });
    });
  });

  describe("edits", () => {
    it("refuse a blocked word and keep the body as it was", async () => {
      await words(["傻逼"]);
      const alice = await veteran();
      const { comment } = await post(alice, "原来的话");
      await expect(editComment({ db, actor: alice, id: comment.id, body: "改成傻逼" })).rejects.toMatchObject({ code: "blocked_word", details: { words: ["傻逼"] } });
      expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({ body: "原来的话", status: "PUBLISHED", editedAt: null });
      expect(await db.commentRevision.count({ where: { commentId: comment.id } })).toBe(0);
    });

    it("send a published reply back to review on a suspect word, withdrawing it from counts and open pages", async () => {
      await words([], ["加微信"]);
      const [alice, bob] = [await veteran(), await veteran()];
      const anchor = paragraphAnchor(article, 4);
      const root = await post(bob, "根", { anchor });
      const { comment } = await post(alice, "回复", { anchor, parentId: root.comment.id });
      expect((await db.comment.findUniqueOrThrow({ where: { id: root.comment.id } })).replyCount).toBe(1);

      const edited = await editComment({ db, actor: alice, id: comment.id, body: "回复，加微信" });
      expect(edited).toMatchObject({ status: "pending", body: "回复，加微信", canEdit: true });
      expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
        status: "PENDING",
        moderationFlags: [{ kind: "suspect_word", terms: ["加微信"] }],
      });
      expect((await db.comment.findUniqueOrThrow({ where: { id: root.comment.id } })).replyCount).toBe(0);
      const [withdrawal] = await db.articleEvent.findMany({ where: { articleId: article.id, type: "comment.updated" }, orderBy: { id: "desc" }, take: 1 });
      expect(withdrawal?.payload).toMatchObject({ comment: { id: comment.id, status: "pending", body: null } });

      // Edited again while held: it stays held, with the reasons so far.
      await editComment({ db, actor: alice, id: comment.id, body: "回复，已改" });
      expect((await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).status).toBe("PENDING");
    });

    it("do not hold an edit for pre-moderation or repeat checks", async () => {
      await settings({ preModeration: "EVERYONE" });
      const moderator = await staff("MODERATOR");
      const { comment } = await post(moderator, "版主原话");
      expect((await editComment({ db, actor: moderator, id: comment.id, body: "版主改过" })).status).toBe("published");
    });
  });
});
