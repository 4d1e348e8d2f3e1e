import { describe, expect, it } from "vitest";
import { auditChanges } from "@/components/moderation/audit-changes";

describe("auditChanges", () => {
  it("lists only the fields that changed", () => {
    expect(
      auditChanges({ status: "HIDDEN", pinned: false, reportCount: 3 }, { status: "PUBLISHED", pinned: false, reportCount: 0 }),
    ).toEqual([
      { field: "status", before: "HIDDEN", after: "PUBLISHED" },
      { field: "reportCount", before: "3", after: "0" },
    ]);
  });

  it("shows a missing side as a dash", () => {
    expect(auditChanges(null, { term: "代开发票", kind: "BLOCKED" })).toEqual([
      { field: "term", before: "—", after: "代开发票" },
      { field: "kind", before: "—", after: "BLOCKED" },
    ]);
    expect(auditChanges({ suspendedUntil: "2026-12-06T12:00:00.000Z" }, { suspendedUntil: null })).toEqual([
      { field: "suspendedUntil", before: "2026-12-06T12:00:00.000Z", after: "—" },
    ]);
  });

  it("compares nested values by content", () => {
    expect(auditChanges({ words: ["a"] }, { words: ["a"] })).toEqual([]);
    expect(auditChanges("not an object", [1, 2])).toEqual([]);
  });
});
