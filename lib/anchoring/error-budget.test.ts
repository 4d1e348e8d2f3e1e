import { describe, expect, it } from "vitest";
import { allowedErrors, maxAllowedErrors } from "./error-budget";

describe("allowedErrors", () => {
  it.each([
    // length, prefix and suffix similarity, allowed errors
    [3, 1, 1, 0],
    [4, 0.8, 1, 0],
    [4, 0.9, 0.9, 1],
    [5, 0, 0, 1],
    [9, 0, 0, 1],
    [9, 1, 1, 2],
    [10, 0, 0, 2],
    [19, 1, 1, 4],
    [19, 0.8, 0.3, 3],
    [20, 0, 0, 4],
    [20, 1, 0.2, 4],
    [20, 0.7, 0.7, 4],
    [20, 0.75, 0.25, 6],
    [20, 0.3, 0.8, 6],
    [20, 1, 1, 6],
    [39, 1, 1, 13],
    [40, 1, 0.5, 16],
    [40, 0.5, 0.5, 8],
    [60, 1, 1, 24],
  ])("allows a %i-character quote with context %f/%f %i errors", (length, prefix, suffix, errors) => {
    expect(allowedErrors(length, prefix, suffix)).toBe(errors);
  });
});

describe("maxAllowedErrors", () => {
  it("is the budget with intact context", () => {
    for (let length = 0; length <= 100; length++) {
      expect(maxAllowedErrors(length)).toBe(allowedErrors(length, 1, 1));
      expect(maxAllowedErrors(length)).toBeGreaterThanOrEqual(allowedErrors(length, 0.8, 0.3));
    }
  });
});
