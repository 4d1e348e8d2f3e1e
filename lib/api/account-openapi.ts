import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { MeSchema } from "@/lib/api/account-schemas";
import { errorResponse } from "@/lib/api/error-schema";

export function registerAccountPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/me",
    summary: "The signed-in user (session cookie from signing in at /api/auth)",
    responses: {
      200: { description: "The current user.", content: { "application/json": { schema: MeSchema } } },
      401: errorResponse("Not signed in."),
    },
  });
}
