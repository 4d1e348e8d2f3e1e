import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { ActiveUser } from "@/lib/auth/authorize";
import { createDbClient } from "@/lib/db/create-client";
import { countUnreadNotifications } from "@/lib/discussion/count-unread-notifications";
import { createComment } from "@/lib/discussion/create-comment";
import { deleteComment } from "@/lib/discussion/delete-comment";
import { createNote, createReaders, createTestArticle, type TestArticle } from "@/lib/discussion/discussion-fixtures";
import { editComment } from "@/lib/discussion/edit-comment";
import { listNotifications } from "@/lib/discussion/list-notifications";
import { markNotificationsRead } from "@/lib/discussion/mark-notifications-read";
import { createNoteReply } from "@/lib/highlights/note-thread";
import { updateHighlight } from "@/lib/highlights/update-highlight";

const db = createDbClient(inject("databaseUrl"));
let article: TestArticle;
let paragraphIndex = 0;

/** A fresh discussion per test, so notifications from other tests never mix in. */
function nextAnchor(): string {
  const anchor = article.paragraphs[paragraphIndex++];
  if (!anchor) throw new Error("out of paragraphs");
  return anchor;
}

async function post(actor: ActiveUser, anchor: string, body: string, parentId?: string) {
  return (await createComment({ db, actor, slug: article.slug, anchor, parentId, body })).comment;
}

/** What each user was notified of: [kind, actor name, comment id]. */
async function notified(user: ActiveUser) {
  const { notifications } = await listNotifications({ db, user, limit: 50 });
  return notifications.map((n) => [n.kind, n.actor.name, n.comment.id]);
}

describe("notifications against PostgreSQL", { timeout: 30_000 }, () => {
  beforeAll(async () => {
    article = await createTestArticle(db, "discussion-notify-test");
  }, 60_000);
  afterAll(async () => {
    await db.$disconnect();
  });

  it("tells the author of the comment answered, never the one answering themselves", async () => {
    const [alice, bob] = await createReaders(db, ["Alice", "Bob"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const selfReply = await post(alice, anchor, "adding to my own point", root.id);
    const reply = await post(bob, anchor, "I disagree", root.id);
    expect(await notified(alice)).toEqual([["reply", "Bob", reply.id]]);
    expect(await notified(bob)).toEqual([]);
    expect(selfReply.depth).toBe(1);

    const [notification] = (await listNotifications({ db, user: alice, limit: 5 })).notifications;
    expect(notification?.comment).toEqual({
      id: reply.id,
      anchor,
      highlightId: null,
      excerpt: "I disagree",
      articleSlug: article.slug,
      articleTitle: expect.any(String),
    });
    expect(notification?.readAt).toBeNull();
  });

  it("notifies the author actually answered beyond the third level", async () => {
    const [alice, bob, carol, dave] = await createReaders(db, ["Alice", "Bob", "Carol", "Dave"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const first = await post(bob, anchor, "first", root.id);
    const second = await post(carol, anchor, "second", first.id);
    const third = await post(dave, anchor, "third", second.id);
    expect(third).toMatchObject({ parentId: first.id, depth: 2, replyTo: { name: "Carol" } });
    expect(await notified(carol)).toEqual([["reply", "Dave", third.id]]);
    expect(await notified(bob)).toEqual([["reply", "Carol", second.id]]);
  });

  it("notifies mentioned participants of the thread only, once, and never the writer", async () => {
    const [alice, bob, carol, outsider] = await createReaders(db, ["Alice Wang", "Bob", "卡罗尔", "Outsider"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const joined = await post(carol, anchor, "我也在", root.id);
    const mention = await post(bob, anchor, "@Alice Wang 和 @卡罗尔 看看; @Outsider @Bob", root.id);

    // Alice is answered and mentioned by Bob: one notification for it, the reply.
    expect(await notified(alice)).toEqual([
      ["reply", "Bob", mention.id],
      ["reply", "卡罗尔", joined.id],
    ]);
    expect(await notified(carol)).toEqual([["mention", "Bob", mention.id]]);
    expect(await notified(outsider)).toEqual([]);
    expect(await notified(bob)).toEqual([]);
  });

  it("notifies people newly mentioned in an edit, and not twice", async () => {
    const [alice, bob, carol] = await createReaders(db, ["Alice", "Bob", "Carol"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const here = await post(carol, anchor, "here", root.id);
    const reply = await post(bob, anchor, "hello", root.id);
    expect(await notified(carol)).toEqual([]);
    await editComment({ db, actor: bob, id: reply.id, body: "hello @Carol" });
    await editComment({ db, actor: bob, id: reply.id, body: "hello @Carol!" });
    expect(await notified(carol)).toEqual([["mention", "Bob", reply.id]]);
    expect(await notified(alice)).toEqual([
      ["reply", "Bob", reply.id],
      ["reply", "Carol", here.id],
    ]);
  });

  it("says nothing of a note's thread once it is private: no new notifications, old ones hidden with their text", async () => {
    const [alice, bob] = await createReaders(db, ["Alice", "Bob"]);
    const { highlightId, noteId } = await createNote(db, article, alice, "public", "my public note");
    const bobReply = (await createNoteReply({ db, actor: bob, id: highlightId, body: "nice note" })).comment;
    const answer = (await createNoteReply({ db, actor: alice, id: highlightId, parentId: bobReply.id, body: "thanks" })).comment;
    expect(await notified(bob)).toEqual([["reply", "Alice", answer.id]]);
    expect(await countUnreadNotifications({ db, user: bob })).toBe(1);

    await updateHighlight({ db, actor: alice, id: highlightId, input: { visibility: "private" } });
    expect(await notified(bob)).toEqual([]);
    expect(await countUnreadNotifications({ db, user: bob })).toBe(0);

    await editComment({ db, actor: alice, id: noteId, body: "secret now, @Bob" });
    await editComment({ db, actor: alice, id: answer.id, body: "secret answer" });
    expect(await notified(bob)).toEqual([]);
    expect(await countUnreadNotifications({ db, user: bob })).toBe(0);
    expect(await db.notification.count({ where: { userId: bob.id, commentId: noteId } })).toBe(0);
    // The owner still hears of her own thread.
    expect(await notified(alice)).toEqual([["reply", "Bob", bobReply.id]]);

    // Hidden, not lost: public again, the reply is back, with the text it has now.
    await updateHighlight({ db, actor: alice, id: highlightId, input: { visibility: "public" } });
    const [back] = (await listNotifications({ db, user: bob, limit: 5 })).notifications;
    expect(back?.comment).toMatchObject({ id: answer.id, excerpt: "secret answer" });
  });

  it("withdraws the notifications of a deleted comment", async () => {
    const [alice, bob] = await createReaders(db, ["Alice", "Bob"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const reply = await post(bob, anchor, "oops", root.id);
    expect(await countUnreadNotifications({ db, user: alice })).toBe(1);
    await deleteComment({ db, actor: bob, id: reply.id });
    expect(await countUnreadNotifications({ db, user: alice })).toBe(0);
    expect(await notified(alice)).toEqual([]);
  });

  it("pages newest first with a cursor, counts unread and marks read by id or all", async () => {
    const [alice, bob, eve] = await createReaders(db, ["Alice", "Bob", "Eve"]);
    const anchor = nextAnchor();
    const root = await post(alice, anchor, "root");
    const replies = [];
    for (let i = 0; i < 7; i++) replies.push(await post(bob, anchor, `reply ${i}`, root.id));
    // Same instant for some, so the id breaks the tie.
    await db.notification.updateMany({ where: { userId: alice.id, commentId: { in: replies.slice(2, 5).map((r) => r.id) } }, data: { createdAt: new Date("2026-06-01T00:00:00Z") } });

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listNotifications({ db, user: alice, cursor, limit: 3 });
      expect(page.notifications.length).toBeLessThanOrEqual(3);
      seen.push(...page.notifications.map((n) => n.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = (await listNotifications({ db, user: alice, limit: 50 })).notifications;
    expect(seen).toEqual(all.map((n) => n.id));
    expect(new Set(seen).size).toBe(7);
    const times = all.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);

    expect(await countUnreadNotifications({ db, user: alice })).toBe(7);
    const [first, second] = seen;
    if (!first || !second) throw new Error("expected notifications");
    // Someone else's ids are ignored, not an error and not a leak.
    expect(await markNotificationsRead({ db, user: eve, target: { ids: [first] } })).toBe(0);
    expect(await markNotificationsRead({ db, user: alice, target: { ids: [first, second] } })).toBe(5);
    expect((await listNotifications({ db, user: alice, limit: 1 })).notifications[0]?.readAt).not.toBeNull();
    expect(await markNotificationsRead({ db, user: alice, target: { all: true } })).toBe(0);
  });

  it("answers 401 to signed-out readers", async () => {
    await expect(listNotifications({ db, user: null, limit: 5 })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(countUnreadNotifications({ db, user: null })).rejects.toMatchObject({ code: "unauthorized" });
    await expect(markNotificationsRead({ db, user: null, target: { all: true } })).rejects.toMatchObject({ code: "unauthorized" });
  });
});
