import { describe, expect, it } from "vitest";
import { z } from "zod";
import { MAX_JSON_BODY_BYTES, parseJsonBody } from "@/lib/api/parse-request";
import { AppError } from "@/lib/errors";

const Schema = z.object({ body: z.string() });

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/v1/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    duplex: "half",
  } as RequestInit);
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : String(error);
}

describe("parseJsonBody", () => {
  it("returns the checked body", async () => {
    expect(await parseJsonBody(Schema, post(JSON.stringify({ body: "边注" })))).toEqual({ body: "边注" });
  });

  it("answers 415 for a body that is not declared application/json (a cross-site form's)", async () => {
    const json = JSON.stringify({ body: "x" });
    expect(await codeOf(parseJsonBody(Schema, post(json, { "content-type": "text/plain" })))).toBe("unsupported_media_type");
    expect(await codeOf(parseJsonBody(Schema, post(json, { "content-type": "application/x-www-form-urlencoded" })))).toBe("unsupported_media_type");
    const bare = new Request("http://localhost/api/v1/x", { method: "POST", body: new Uint8Array(new TextEncoder().encode(json)) });
    expect(await codeOf(parseJsonBody(Schema, bare))).toBe("unsupported_media_type");
    expect(await parseJsonBody(Schema, post(json, { "content-type": "Application/JSON; charset=utf-8" }))).toEqual({ body: "x" });
  });

  it("answers 400 for text that is not JSON and 422 for JSON of the wrong shape", async () => {
    expect(await codeOf(parseJsonBody(Schema, post("{not json")))).toBe("bad_request");
    expect(await codeOf(parseJsonBody(Schema, post(JSON.stringify({ body: 1 }))))).toBe("validation_failed");
  });

  it("refuses a body over the limit by its declared length", async () => {
    const request = post("{}", { "content-length": String(MAX_JSON_BODY_BYTES + 1) });
    expect(await codeOf(parseJsonBody(Schema, request))).toBe("payload_too_large");
  });

  it("refuses a streamed body once it passes the limit, without a declared length", async () => {
    const chunk = new TextEncoder().encode("长".repeat(4096));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 100) controller.close();
        else controller.enqueue(chunk);
      },
    });
    expect(await codeOf(parseJsonBody(Schema, post(stream)))).toBe("payload_too_large");
    expect(sent).toBeLessThan(100);
  });

  it("accepts a body just under the limit", async () => {
    const body = JSON.stringify({ body: "a".repeat(MAX_JSON_BODY_BYTES - 20) });
    expect((await parseJsonBody(Schema, post(body))).body).toHaveLength(MAX_JSON_BODY_BYTES - 20);
  });
});
