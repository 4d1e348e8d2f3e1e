import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { describe, expect, it } from "vitest";
import { registerModerationPaths } from "@/lib/api/moderation-paths";

describe("the moderation API's OpenAPI description", () => {
  const registry = new OpenAPIRegistry();
  registerModerationPaths(registry);
  const document = new OpenApiGeneratorV31(registry.definitions).generateDocument({ openapi: "3.1.0", info: { title: "test", version: "1" } });
  const methods = (path: string) => Object.keys(document.paths?.[path] ?? {}).sort();

  it("describes every moderation endpoint and method", () => {
    expect(methods("/api/v1/comments/{id}/reports")).toEqual(["post"]);
    expect(methods("/api/v1/moderation/queue")).toEqual(["get"]);
    expect(methods("/api/v1/moderation/comments/actions")).toEqual(["post"]);
    expect(methods("/api/v1/moderation/users/{id}")).toEqual(["get"]);
    expect(methods("/api/v1/moderation/users/{id}/comments")).toEqual(["get"]);
    expect(methods("/api/v1/moderation/users/{id}/standing")).toEqual(["post"]);
    expect(methods("/api/v1/moderation/users/{id}/role")).toEqual(["put"]);
    expect(methods("/api/v1/moderation/settings")).toEqual(["get", "patch"]);
    expect(methods("/api/v1/moderation/words")).toEqual(["get", "post"]);
    expect(methods("/api/v1/moderation/words/{id}")).toEqual(["delete"]);
    expect(methods("/api/v1/moderation/audit-log")).toEqual(["get"]);
  });

  it("documents 401 and 403 on every moderation endpoint", () => {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (!path.startsWith("/api/v1/moderation/")) continue;
      for (const operation of Object.values(item ?? {})) {
        expect(Object.keys((operation as { responses: object }).responses)).toEqual(expect.arrayContaining(["401", "403"]));
      }
    }
  });

  it("shares the moderation schemas as components", () => {
    const schemas = Object.keys(document.components?.schemas ?? {});
    for (const name of ["QueueItem", "QueuePage", "CommentActionsRequest", "CommentActionsResult", "ModeratedUser", "AuditEntry", "AuditLogPage", "ModerationSettings", "WordEntry", "AddWordsResult", "CreateReport"]) {
      expect(schemas).toContain(name);
    }
  });
});
