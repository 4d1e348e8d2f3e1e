import { describe, expect, it } from "vitest";
import { AppError, toErrorBody } from "./errors";

describe("toErrorBody", () => {
  it("maps an AppError to its status and stable code", () => {
    expect(toErrorBody(new AppError("not_found", "No such article."))).toEqual({
      status: 404,
      body: { error: { code: "not_found", message: "No such article." } },
    });
  });

  it("carries field errors", () => {
    const { status, body } = toErrorBody(new AppError("validation_failed", "Check the form.", { body: ["Too long."] }));
    expect(status).toBe(422);
    expect(body.error.fields).toEqual({ body: ["Too long."] });
  });

  it("carries the details a client words its own message from", () => {
    const error = new AppError("rate_limited", "Wait 3 seconds.", undefined, { retryAfterSeconds: 3 });
    expect(toErrorBody(error)).toEqual({
      status: 429,
      body: { error: { code: "rate_limited", message: "Wait 3 seconds.", details: { retryAfterSeconds: 3 } } },
    });
  });

  it("never sends the text of an unexpected error", () => {
    const { status, body } = toErrorBody(new Error("connection to 10.0.0.1 refused, password=hunter2"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(body.error.code).toBe("internal");
  });
});
