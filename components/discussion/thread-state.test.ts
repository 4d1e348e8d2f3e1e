import { describe, expect, it } from "vitest";
import type { CommentDto, ThreadDto } from "@/lib/api/comment-schemas";
import { appendPage, applyLiveComment, participants, removeComment, setLikes, upsertComment } from "./thread-state";

const alice = { id: "u-alice", name: "Alice", image: null };
const bob = { id: "u-bob", name: "小明", image: null };

function comment(id: string, overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id,
    anchor: "b-1",
    highlightId: null,
    parentId: null,
    rootId: id,
    depth: 0,
    replyTo: null,
    author: alice,
    body: `body ${id}`,
    status: "published",
    moderationReason: null,
    likeCount: 0,
    likedByMe: false,
    replyCount: 0,
    editedAt: null,
    createdAt: "2026-11-29T10:00:00.000Z",
    pinned: false,
    locked: false,
    canEdit: false,
    canDelete: false,
    ...overrides,
  };
}

const thread = (root: CommentDto, replies: CommentDto[] = []): ThreadDto => ({ ...root, replies, replyCount: replies.length });
const reply = (id: string, rootId: string, createdAt: string, overrides: Partial<CommentDto> = {}) =>
  comment(id, { parentId: rootId, rootId, depth: 1, createdAt, author: bob, ...overrides });

describe("upsertComment", () => {
  it("adds our own comment once even when its live event follows", () => {
    const own = comment("c1", { canEdit: true, canDelete: true });
    const afterPost = upsertComment([], own, { source: "own", viewerId: alice.id, placement: "top" });
    const afterEvent = upsertComment(afterPost, { ...own, canEdit: false, canDelete: false }, { source: "event", viewerId: alice.id, placement: "top" });
    expect(afterEvent).toHaveLength(1);
    expect(afterEvent[0]).toMatchObject({ id: "c1", canEdit: true, canDelete: true });
  });

  it("keeps what only the viewer knows when an edit arrives live", () => {
    const start = [thread(comment("c1", { likedByMe: true, likeCount: 2, canEdit: true }))];
    const edited = comment("c1", { body: "新的", editedAt: "2026-11-29T11:00:00.000Z", likeCount: 2 });
    const [updated] = upsertComment(start, edited, { source: "event", viewerId: alice.id, placement: "top" });
    expect(updated).toMatchObject({ body: "新的", likedByMe: true, canEdit: true, editedAt: "2026-11-29T11:00:00.000Z" });
  });

  it("places a new root where asked, or leaves it to a later page", () => {
    const start = [thread(comment("c1"))];
    expect(upsertComment(start, comment("c2"), { source: "event", viewerId: null, placement: "top" }).map((t) => t.id)).toEqual(["c2", "c1"]);
    expect(upsertComment(start, comment("c2"), { source: "event", viewerId: null, placement: "bottom" }).map((t) => t.id)).toEqual(["c1", "c2"]);
    expect(upsertComment(start, comment("c2"), { source: "event", viewerId: null, placement: "skip" }).map((t) => t.id)).toEqual(["c1"]);
  });

  it("lets the viewer edit a comment of theirs that first arrives live", () => {
    const [mine] = upsertComment([], comment("c1"), { source: "event", viewerId: alice.id, placement: "top" });
    const [theirs] = upsertComment([], comment("c2", { author: bob }), { source: "event", viewerId: alice.id, placement: "top" });
    expect(mine).toMatchObject({ canEdit: true, canDelete: true });
    expect(theirs).toMatchObject({ canEdit: false, canDelete: false });
  });

  it("ignores a hidden comment announced live", () => {
    expect(upsertComment([], comment("c1", { status: "hidden" }), { source: "event", viewerId: null, placement: "top" })).toEqual([]);
  });

  it("adds a reply to its root in time order, once, counting it", () => {
    const start = [thread(comment("r"), [reply("a", "r", "2026-11-29T10:05:00.000Z")])];
    const early = reply("b", "r", "2026-11-29T10:02:00.000Z");
    const once = upsertComment(start, early, { source: "event", viewerId: null, placement: "top" });
    const twice = upsertComment(once, early, { source: "own", viewerId: null, placement: "top" });
    expect(twice[0]?.replies.map((r) => r.id)).toEqual(["b", "a"]);
    expect(twice[0]?.replyCount).toBe(2);
  });

  it("drops a reply whose root is not loaded", () => {
    const start = [thread(comment("r"))];
    expect(upsertComment(start, reply("x", "other", "2026-11-29T10:00:00.000Z"), { source: "event", viewerId: null, placement: "top" })).toEqual(start);
  });
});

describe("removeComment", () => {
  const start = [thread(comment("r", { canEdit: true }), [reply("a", "r", "2026-11-29T10:05:00.000Z")]), thread(comment("s"))];

  it("leaves a placeholder without the body when replies hang from it", () => {
    const [root] = removeComment(start, { id: "r", rootId: "r", keepsPlaceholder: true });
    expect(root).toMatchObject({ id: "r", body: null, status: "deleted", canEdit: false });
    expect(root?.replies).toHaveLength(1);
  });

  it("removes a root without replies and a reply, once", () => {
    expect(removeComment(start, { id: "s", rootId: "s", keepsPlaceholder: false }).map((t) => t.id)).toEqual(["r"]);
    const once = removeComment(start, { id: "a", rootId: "r", keepsPlaceholder: false });
    const twice = removeComment(once, { id: "a", rootId: "r", keepsPlaceholder: false });
    expect(twice[0]?.replies).toEqual([]);
    expect(twice[0]?.replyCount).toBe(0);
  });
});

describe("setLikes", () => {
  it("updates the count of a root or a reply and keeps the viewer's own like unless told", () => {
    const start = [thread(comment("r", { likedByMe: true, likeCount: 1 }), [reply("a", "r", "2026-11-29T10:05:00.000Z")])];
    const live = setLikes(start, "r", { likeCount: 5 });
    expect(live[0]).toMatchObject({ likeCount: 5, likedByMe: true });
    const own = setLikes(live, "a", { likeCount: 1, likedByMe: true });
    expect(own[0]?.replies[0]).toMatchObject({ likeCount: 1, likedByMe: true });
    expect(setLikes(own, "zzz", { likeCount: 9 })[0]).toBe(own[0]);
  });
});

describe("appendPage and participants", () => {
  it("does not repeat a thread that arrived live before its page", () => {
    const start = [thread(comment("new"))];
    const next = appendPage(start, { threads: [thread(comment("new")), thread(comment("old"))], nextCursor: null });
    expect(next.map((t) => t.id)).toEqual(["new", "old"]);
  });

  it("lists everyone who wrote, except the viewer", () => {
    const threads = [thread(comment("r"), [reply("a", "r", "2026-11-29T10:05:00.000Z")])];
    expect(participants(threads, null)).toEqual([alice, bob]);
    expect(participants(threads, alice.id)).toEqual([bob]);
  });
});

describe("applyLiveComment", () => {
  const start = [thread(comment("r"), [reply("a", "r", "2026-11-29T10:05:00.000Z")]), thread(comment("s"))];

  it("takes a comment moderation removed out of other readers' lists", () => {
    const hidden = { ...comment("s"), status: "hidden" as const, body: null };
    expect(applyLiveComment(start, hidden, { viewerId: bob.id, placement: "top" }).map((t) => t.id)).toEqual(["r"]);
    const hiddenRoot = { ...comment("r"), status: "hidden" as const, body: null, replyCount: 1 };
    expect(applyLiveComment(start, hiddenRoot, { viewerId: bob.id, placement: "top" })[0]).toMatchObject({ id: "r", status: "deleted" });
  });

  it("leaves it to its author, and applies ordinary edits", () => {
    const held = { ...comment("s"), status: "pending" as const };
    expect(applyLiveComment(start, held, { viewerId: alice.id, placement: "top" })[1]).toMatchObject({ id: "s", status: "pending" });
    const edited = { ...comment("s"), body: "改过" };
    expect(applyLiveComment(start, edited, { viewerId: bob.id, placement: "top" })[1]).toMatchObject({ body: "改过" });
  });
});
