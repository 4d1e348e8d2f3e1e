import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import {
  ArticleListSchema,
  ArticleSchema,
  HealthSchema,
  SlugParamsSchema,
  ViewCountSchema,
} from "@/lib/api/article-schemas";
import { registerAccountPaths } from "@/lib/api/account-openapi";
import { registerDiscussionPaths } from "@/lib/api/discussion-paths";
import { registerModerationPaths } from "@/lib/api/moderation-paths";
import { registerNotesExportPaths } from "@/lib/api/notes-export-openapi";
import { errorResponse } from "@/lib/api/error-schema";
import { json } from "@/lib/api/openapi-parts";
import { registerHighlightApiPaths } from "@/lib/api/highlight-paths";
import { registerRealtimePaths } from "@/lib/api/realtime-openapi";

function registerArticlePaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/health",
    summary: "Liveness including the database",
    responses: { 200: json("The app and its database answer.", HealthSchema), 503: errorResponse("The database does not answer.") },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles",
    summary: "List articles, newest first",
    responses: { 200: json("The articles.", ArticleListSchema) },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/articles/{slug}",
    summary: "One article with its blocks in reading order",
    request: { params: SlugParamsSchema },
    responses: { 200: json("The article.", ArticleSchema), 404: errorResponse("No article with that slug.") },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/articles/{slug}/views",
    summary: "Count a view (once per visitor per day; the visitor is a cookie)",
    request: { params: SlugParamsSchema },
    responses: { 200: json("The view total.", ViewCountSchema), 404: errorResponse("No article with that slug.") },
  });
}

/** The API description, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument() {
  const registry = new OpenAPIRegistry();
  registerArticlePaths(registry);
  registerAccountPaths(registry);
  registerDiscussionPaths(registry);
  registerHighlightApiPaths(registry);
  registerNotesExportPaths(registry);
  registerModerationPaths(registry);
  registerRealtimePaths(registry);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Marginalia API", version: "1.0.0", description: "Articles, discussion and annotations." },
    servers: [{ url: "/" }],
  });
}
