import { describe, expect, it } from "vitest";
import { jsonError } from "@/lib/api/json-response";
import { AppError } from "@/lib/errors";

describe("jsonError", () => {
  it("answers a rate-limited request with 429, Retry-After and the wait in the body", async () => {
    const response = jsonError(new AppError("rate_limited", "Wait 7 seconds.", undefined, { retryAfterSeconds: 7 }));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("7");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Wait 7 seconds.", details: { retryAfterSeconds: 7 } } });
  });

  it("sends no Retry-After where there is nothing to wait for", () => {
    const response = jsonError(new AppError("blocked_word", "No.", undefined, { words: ["x"] }));
    expect(response.status).toBe(422);
    expect(response.headers.get("Retry-After")).toBeNull();
  });
});
