import { describe, expect, it } from "vitest";
import { toCommentDto, toCommentViewer, toNeutralCommentDto, type CommentRow } from "@/lib/discussion/comment-dto";

const author = { id: "author", name: "Alice", image: "https://example.com/a.png", role: "MEMBER" as const };

function row(overrides: Partial<CommentRow> = {}): CommentRow {
  return {
    id: "c1",
    anchor: "b-1",
    highlightId: null,
    parentId: null,
    rootId: null,
    depth: 0,
    authorId: author.id,
    body: "text",
    status: "PUBLISHED",
    moderationReason: null,
    likeCount: 3,
    replyCount: 1,
    editedAt: null,
    createdAt: new Date("2026-11-29T10:00:00.000Z"),
    pinnedAt: null,
    lockedAt: null,
    author,
    replyToUser: null,
    ...overrides,
  };
}

const now = new Date("2026-11-29T12:00:00.000Z");
const alice = toCommentViewer({ id: author.id, status: "ACTIVE", suspendedUntil: null }, now);
const bob = toCommentViewer({ id: "bob", status: "ACTIVE", suspendedUntil: null }, now);

describe("toCommentDto", () => {
  it("maps a root: its own id as rootId, ISO dates, lower-case status", () => {
    expect(toCommentDto(row(), bob, new Set(["c1"]))).toEqual({
      id: "c1",
      anchor: "b-1",
      highlightId: null,
      parentId: null,
      rootId: "c1",
      depth: 0,
      replyTo: null,
      author: { id: author.id, name: author.name, image: author.image },
      body: "text",
      status: "published",
      moderationReason: null,
      likeCount: 3,
      likedByMe: true,
      replyCount: 1,
      editedAt: null,
      createdAt: "2026-11-29T10:00:00.000Z",
      pinned: false,
      locked: false,
      canEdit: false,
      canDelete: false,
    });
  });

  it("never carries a deleted comment's body, even to its author", () => {
    const deleted = row({ status: "DELETED", body: "left over" });
    expect(toCommentDto(deleted, alice, new Set()).body).toBeNull();
    expect(toCommentDto(deleted, alice, new Set())).toMatchObject({ canEdit: false, canDelete: false });
  });

  it("shows a held or removed comment's body and reason to its author only", () => {
    const hidden = row({ status: "HIDDEN", moderationReason: "reported" });
    expect(toCommentDto(hidden, alice, new Set())).toMatchObject({ body: "text", moderationReason: "reported", status: "hidden" });
    expect(toCommentDto(hidden, bob, new Set())).toMatchObject({ body: null, moderationReason: null });
    expect(toNeutralCommentDto(hidden)).toMatchObject({ body: null, moderationReason: null });
  });

  it("lists a held or removed comment to others as a deleted placeholder, but announces its real status live", () => {
    const rejected = row({ status: "REJECTED", moderationReason: "spam" });
    expect(toCommentDto(rejected, bob, new Set())).toMatchObject({ status: "deleted", body: null });
    expect(toCommentDto(rejected, null, new Set())).toMatchObject({ status: "deleted", body: null });
    expect(toNeutralCommentDto(rejected)).toMatchObject({ status: "rejected", body: null });
  });

  it("marks pinned and locked roots", () => {
    expect(toNeutralCommentDto(row({ pinnedAt: now, lockedAt: now }))).toMatchObject({ pinned: true, locked: true });
  });

  it("offers edit and delete to the author in good standing only", () => {
    expect(toCommentDto(row(), alice, new Set())).toMatchObject({ canEdit: true, canDelete: true });
    const suspended = toCommentViewer({ id: author.id, status: "SUSPENDED", suspendedUntil: null }, now);
    expect(toCommentDto(row(), suspended, new Set())).toMatchObject({ canEdit: false, canDelete: false });
    const suspensionOver = toCommentViewer({ id: author.id, status: "SUSPENDED", suspendedUntil: new Date("2026-11-29T11:00:00Z") }, now);
    expect(toCommentDto(row(), suspensionOver, new Set())).toMatchObject({ canEdit: true, canDelete: true });
    expect(toCommentDto(row({ status: "REJECTED" }), alice, new Set())).toMatchObject({ canEdit: false, canDelete: true });
  });

  it("names whom a flattened reply answers, and a nameless author as 读者", () => {
    const reply = row({ parentId: "p", rootId: "r", depth: 2, replyToUser: { id: "u", name: null, image: null }, editedAt: now });
    expect(toNeutralCommentDto(reply)).toMatchObject({
      rootId: "r",
      replyTo: { id: "u", name: "读者", image: null },
      editedAt: "2026-11-29T12:00:00.000Z",
    });
  });

  it("marks staff authors from their role, never from their name", () => {
    expect(toCommentDto(row({ author: { ...author, name: "管理员", role: "MEMBER" } }), null, new Set()).author.staff).toBeUndefined();
    expect(toCommentDto(row({ author: { ...author, role: "ADMIN" } }), null, new Set()).author.staff).toBe("admin");
    expect(toCommentDto(row({ author: { ...author, role: "MODERATOR" } }), null, new Set()).author.staff).toBe("moderator");
  });
});
