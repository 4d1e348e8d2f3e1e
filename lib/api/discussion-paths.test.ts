import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { describe, expect, it } from "vitest";
import { registerDiscussionPaths } from "@/lib/api/discussion-paths";

describe("the discussion API's OpenAPI description", () => {
  const registry = new OpenAPIRegistry();
  registerDiscussionPaths(registry);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "test", version: "1" },
  });

  it("describes every discussion endpoint and method", () => {
    const methods = (path: string) => Object.keys(document.paths?.[path] ?? {}).sort();
    expect(methods("/api/v1/articles/{slug}/comments")).toEqual(["get", "post"]);
    expect(methods("/api/v1/articles/{slug}/comment-counts")).toEqual(["get"]);
    expect(methods("/api/v1/comments/{id}")).toEqual(["delete", "patch"]);
    expect(methods("/api/v1/comments/{id}/like")).toEqual(["delete", "put"]);
    expect(methods("/api/v1/notifications")).toEqual(["get"]);
    expect(methods("/api/v1/notifications/unread-count")).toEqual(["get"]);
    expect(methods("/api/v1/notifications/read")).toEqual(["post"]);
  });

  it("documents the idempotent replay and the error statuses of posting", () => {
    const post = document.paths?.["/api/v1/articles/{slug}/comments"]?.post;
    expect(Object.keys(post?.responses ?? {}).sort()).toEqual(["200", "201", "400", "401", "403", "404", "409", "422", "429"]);
    const limited = post?.responses?.["429"];
    expect(limited && "headers" in limited ? Object.keys(limited.headers ?? {}) : []).toEqual(["Retry-After"]);
    expect(post?.parameters?.map((parameter) => ("name" in parameter ? parameter.name : null))).toContain("Idempotency-Key");
  });

  it("shares the comment schemas as components", () => {
    const schemas = Object.keys(document.components?.schemas ?? {});
    for (const name of ["Comment", "Thread", "ThreadPage", "CommentCounts", "CreateComment", "UpdateComment", "LikeState", "Notification", "NotificationPage", "UnreadCount", "MarkNotificationsRead"]) {
      expect(schemas).toContain(name);
    }
  });
});
