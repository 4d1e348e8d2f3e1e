import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("the event stream in the OpenAPI document", () => {
  const document = buildOpenApiDocument() as unknown as {
    paths: Record<string, { get?: { parameters?: { name: string; in: string }[]; responses: Record<string, { content?: Record<string, unknown> }> } }>;
    components: { schemas: Record<string, unknown> };
  };

  it("documents GET /api/v1/articles/{slug}/events as text/event-stream with its resume parameters", () => {
    const operation = document.paths["/api/v1/articles/{slug}/events"]?.get;
    expect(operation).toBeDefined();
    expect(Object.keys(operation?.responses["200"]?.content ?? {})).toEqual(["text/event-stream"]);
    expect(operation?.parameters?.map((parameter) => `${parameter.in}:${parameter.name}`)).toEqual(
      expect.arrayContaining(["path:slug", "header:Last-Event-ID", "query:lastEventId"]),
    );
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["200", "400", "404", "503"]));
  });

  it("names every message's data schema as a component", () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(["StreamReadyEvent", "CommentChangedEvent", "CommentDeletedEvent", "CommentLikedEvent", "StreamResyncEvent", "Comment"]),
    );
  });
});
