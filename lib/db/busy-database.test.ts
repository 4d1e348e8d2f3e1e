import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { asBusyDatabaseError } from "./busy-database";

describe("asBusyDatabaseError", () => {
  it("turns a transaction start timeout into a retryable 503", () => {
    const mapped = asBusyDatabaseError(Object.assign(new Error("Unable to start a transaction"), { code: "P2028" }));
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).status).toBe(503);
  });

  it("leaves other errors alone", () => {
    const other = Object.assign(new Error("unique"), { code: "P2002" });
    expect(asBusyDatabaseError(other)).toBe(other);
    expect(asBusyDatabaseError(null)).toBe(null);
  });
});
