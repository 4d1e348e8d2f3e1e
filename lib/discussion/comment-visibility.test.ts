import { describe, expect, it } from "vitest";
import { isCommentReachable, isThreadVisible } from "@/lib/discussion/comment-visibility";

const owner = "owner";
const privateNote = { userId: owner, visibility: "PRIVATE", orphanedAt: null } as const;
const publicNote = { userId: owner, visibility: "PUBLIC", orphanedAt: null } as const;
const orphanedNote = { ...publicNote, orphanedAt: new Date("2026-12-01T00:00:00Z") };

describe("isThreadVisible", () => {
  it("shows paragraph threads and public notes to anyone, private or orphaned notes to their owner only", () => {
    expect(isThreadVisible(null, null)).toBe(true);
    expect(isThreadVisible(publicNote, null)).toBe(true);
    for (const note of [privateNote, orphanedNote]) {
      expect(isThreadVisible(note, owner)).toBe(true);
      expect(isThreadVisible(note, "someone")).toBe(false);
      expect(isThreadVisible(note, null)).toBe(false);
    }
  });
});

describe("isCommentReachable", () => {
  it("reaches published comments in a visible thread and one's own held ones, never deleted ones", () => {
    expect(isCommentReachable({ authorId: "a", status: "PUBLISHED", highlight: null }, "b")).toBe(true);
    expect(isCommentReachable({ authorId: "a", status: "HIDDEN", highlight: null }, "a")).toBe(true);
    expect(isCommentReachable({ authorId: "a", status: "PENDING", highlight: null }, "b")).toBe(false);
    expect(isCommentReachable({ authorId: "a", status: "DELETED", highlight: null }, "a")).toBe(false);
    expect(isCommentReachable({ authorId: "b", status: "PUBLISHED", highlight: privateNote }, "b")).toBe(false);
    expect(isCommentReachable({ authorId: "b", status: "PUBLISHED", highlight: privateNote }, owner)).toBe(true);
  });
});
