import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/api/openapi";

describe("the highlights API's OpenAPI description", () => {
  const document = buildOpenApiDocument() as unknown as {
    paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown> };
  };
  const methods = (path: string) => Object.keys(document.paths[path] ?? {}).sort();

  it("describes every highlight endpoint and method", () => {
    expect(methods("/api/v1/articles/{slug}/highlights")).toEqual(["get", "post"]);
    expect(methods("/api/v1/highlights/{id}")).toEqual(["delete", "patch"]);
    expect(methods("/api/v1/highlights/{id}/comments")).toEqual(["get", "post"]);
    expect(methods("/api/v1/me/highlights")).toEqual(["get"]);
    expect(methods("/api/v1/articles/{slug}/annotations.jsonld")).toEqual(["get"]);
    expect(methods("/api/v1/annotations/{id}.jsonld")).toEqual(["get"]);
  });

  it("documents the 422 of mismatched selectors and the owner-only changes", () => {
    expect(Object.keys(document.paths["/api/v1/articles/{slug}/highlights"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["201", "401", "404", "422"]),
    );
    for (const method of ["patch", "delete"]) {
      expect(Object.keys(document.paths["/api/v1/highlights/{id}"]?.[method]?.responses ?? {})).toEqual(expect.arrayContaining(["401", "403", "404"]));
    }
  });

  it("shares the highlight schemas as components", () => {
    for (const name of ["Highlight", "ArticleHighlights", "PopularSegment", "CreateHighlight", "UpdateHighlight", "CreateNoteReply", "MyHighlightPage", "TextQuoteSelector", "TextPositionSelector"]) {
      expect(Object.keys(document.components.schemas)).toContain(name);
    }
  });
});
