import { describe, expect, it } from "vitest";
import { actionsFor, type QueuedCommentState } from "@/components/moderation/queue-actions";

const comment = (overrides: Partial<QueuedCommentState>): QueuedCommentState => ({
  status: "published",
  reportCount: 0,
  pinnedAt: null,
  lockedAt: null,
  depth: 0,
  ...overrides,
});

describe("actionsFor", () => {
  it("offers approve or reject for a held comment", () => {
    expect(actionsFor(comment({ status: "pending" }))).toEqual(["approve", "reject"]);
  });

  it("offers restore for a hidden or rejected one, and marking its reports reviewed", () => {
    expect(actionsFor(comment({ status: "hidden", reportCount: 3 }))).toEqual(["restore", "reject", "mark_reviewed"]);
    expect(actionsFor(comment({ status: "rejected" }))).toEqual(["restore"]);
  });

  it("toggles lock and pin on published roots only", () => {
    expect(actionsFor(comment({}))).toEqual(["reject", "lock", "pin"]);
    expect(actionsFor(comment({ lockedAt: "2026-11-29T00:00:00.000Z", pinnedAt: "2026-11-29T00:00:00.000Z" }))).toEqual(["reject", "unlock", "unpin"]);
    expect(actionsFor(comment({ depth: 1, reportCount: 1 }))).toEqual(["reject", "mark_reviewed"]);
  });

  it("leaves a deleted comment alone", () => {
    expect(actionsFor(comment({ status: "deleted", reportCount: 2 }))).toEqual([]);
  });
});
