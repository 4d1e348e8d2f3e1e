import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { errorResponse } from "@/lib/api/error-schema";

export function registerNotesExportPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/me/notes.md",
    summary: "我的笔记 as Markdown: every highlight and note of the signed-in user, grouped by article, orphans last",
    responses: {
      200: {
        description: "A Markdown file (Content-Disposition: attachment), in the reader's language, with links back to each passage.",
        content: { "text/markdown": { schema: z.string() } },
      },
      401: errorResponse("Not signed in."),
    },
  });
}
