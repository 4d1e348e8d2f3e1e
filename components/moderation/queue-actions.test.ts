import { describe, expect, it } from "vitest";
import { actionsFor, itemOutcomeNote, type QueuedCommentState } from "@/components/moderation/queue-actions";

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

describe("itemOutcomeNote", () => {
  it("names why an action did not apply to an item, and says when it was already so", () => {
    expect(itemOutcomeNote({ action: "pin", outcome: "not_applicable" })).toBe("notApplicable.pin");
    expect(itemOutcomeNote({ action: "lock", outcome: "unchanged" })).toBe("unchanged");
  });

  it("says nothing on an item that was done or is gone (the outcome line counts those)", () => {
    expect(itemOutcomeNote({ action: "lock", outcome: "done" })).toBeNull();
    expect(itemOutcomeNote({ action: "lock", outcome: "not_found" })).toBeNull();
  });
});
