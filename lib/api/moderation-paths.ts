import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { CommentIdParamsSchema } from "@/lib/api/comment-schemas";
import { json, jsonBody, unauthorized } from "@/lib/api/openapi-parts";
import { errorResponse } from "@/lib/api/error-schema";
import {
  AddWordsResultSchema,
  AddWordsSchema,
  AuditLogPageSchema,
  AuditLogQuerySchema,
  CommentActionsRequestSchema,
  CommentActionsResultSchema,
  CreateReportSchema,
  ModeratedUserSchema,
  ModerationSettingsPatchSchema,
  ModerationSettingsSchema,
  QueuePageSchema,
  QueueQuerySchema,
  ReportResultSchema,
  SetRoleSchema,
  SetStandingSchema,
  UserCommentsQuerySchema,
  UserIdParamsSchema,
  UserModerationProfileSchema,
  WordIdParamsSchema,
  WordListSchema,
} from "@/lib/api/moderation-schemas";

const MODERATORS = "Moderators and admins only (checked in the service layer); the account must not be suspended or banned.";
const ADMINS = "Admins only (checked in the service layer); the account must not be suspended or banned.";
const forbidden = errorResponse("The role does not allow it (forbidden), or the account is suspended or banned (account_suspended, account_banned).");
const invalid = errorResponse("Fields that do not fit (validation_failed, with `fields`).");
const badRequest = errorResponse("The body is not JSON, or the cursor is not one this list issued (bad_request).");

/** Who may call, and what a refusal looks like: the same for every moderation endpoint. */
const guarded = { 401: unauthorized, 403: forbidden };

function registerReportPath(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/api/v1/comments/{id}/reports",
    summary: "Report someone else's comment or note (once per reader)",
    description:
      "Any signed-in reader in good standing. At the configured number of unreviewed reports (reportHideThreshold, default 3) a published comment is hidden pending review; the hide is recorded in the audit log as the system's.",
    request: { params: CommentIdParamsSchema, ...jsonBody(CreateReportSchema) },
    responses: {
      201: json("Reported.", ReportResultSchema),
      400: badRequest,
      401: unauthorized,
      403: errorResponse("Your own comment (forbidden), or the account is suspended or banned."),
      404: errorResponse("No published comment with that id."),
      409: errorResponse("You have already reported it (already_reported)."),
      422: errorResponse("OTHER without details, or details over 500 characters (validation_failed)."),
    },
  });
}

function registerQueuePaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/queue",
    summary: "A page of the moderation queue, with each item's full context",
    description: `${MODERATORS} The pending tab lists the longest-waiting first (first in, first out); the other tabs newest first. Pass nextCursor back as cursor with the same tab.`,
    request: { query: QueueQuerySchema },
    responses: { 200: json("The page.", QueuePageSchema), 400: badRequest, ...guarded, 422: invalid },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/moderation/comments/actions",
    summary: "Approve, reject, restore, mark reviewed, lock, unlock, pin or unpin comments, one or many",
    description: `${MODERATORS} Each comment is changed (and audited) on its own; the answer gives an outcome per id in the order asked. reject needs a reason, which the author sees; lock, unlock, pin and unpin apply to roots only.`,
    request: jsonBody(CommentActionsRequestSchema),
    responses: { 200: json("An outcome per comment.", CommentActionsResultSchema), 400: badRequest, ...guarded, 422: invalid },
  });
}

function registerUserPaths(registry: OpenAPIRegistry) {
  const notFound = errorResponse("No user with that id.");
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/users/{id}",
    summary: "A user's standing, comment figures and the latest moderation actions on them",
    description: MODERATORS,
    request: { params: UserIdParamsSchema },
    responses: { 200: json("The profile.", UserModerationProfileSchema), ...guarded, 404: notFound },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/users/{id}/comments",
    summary: "Everything a user wrote (comments and notes, any status), newest first, with context",
    description: MODERATORS,
    request: { params: UserIdParamsSchema, query: UserCommentsQuerySchema },
    responses: { 200: json("The page.", QueuePageSchema), 400: badRequest, ...guarded, 404: notFound },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/moderation/users/{id}/standing",
    summary: "Suspend (until a date, or until lifted), ban, or lift either",
    description: `${MODERATORS} Moderators act on members only; admins on members and moderators; nobody on themselves. The user keeps reading, and every write of theirs answers 403 account_suspended (with until when) or account_banned, with the reason.`,
    request: { params: UserIdParamsSchema, ...jsonBody(SetStandingSchema) },
    responses: { 200: json("The user afterwards.", ModeratedUserSchema), 400: badRequest, ...guarded, 404: notFound, 422: invalid },
  });
  registry.registerPath({
    method: "put",
    path: "/api/v1/moderation/users/{id}/role",
    summary: "Appoint or remove a moderator (or an admin)",
    description: `${ADMINS} Nobody changes their own role.`,
    request: { params: UserIdParamsSchema, ...jsonBody(SetRoleSchema) },
    responses: { 200: json("The user afterwards.", ModeratedUserSchema), 400: badRequest, ...guarded, 404: notFound, 422: invalid },
  });
}

function registerAdminPaths(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/settings",
    summary: "The moderation settings",
    description: ADMINS,
    responses: { 200: json("The settings.", ModerationSettingsSchema), ...guarded },
  });
  registry.registerPath({
    method: "patch",
    path: "/api/v1/moderation/settings",
    summary: "Change some moderation settings (audited with before and after)",
    description: ADMINS,
    request: jsonBody(ModerationSettingsPatchSchema),
    responses: { 200: json("The settings afterwards.", ModerationSettingsSchema), 400: badRequest, ...guarded, 422: invalid },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/words",
    summary: "The blocked and suspect word lists",
    description: ADMINS,
    responses: { 200: json("Both lists.", WordListSchema), ...guarded },
  });
  registry.registerPath({
    method: "post",
    path: "/api/v1/moderation/words",
    summary: "Add terms to a word list",
    description: `${ADMINS} Each term is checked on its own: valid ones are added (201, or 200 when none was), the others come back in rejected with why.`,
    request: jsonBody(AddWordsSchema),
    responses: {
      201: json("Some terms were added.", AddWordsResultSchema),
      200: json("No term was added; see rejected.", AddWordsResultSchema),
      400: badRequest,
      ...guarded,
      422: invalid,
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/api/v1/moderation/words/{id}",
    summary: "Remove a word entry",
    description: ADMINS,
    request: { params: WordIdParamsSchema },
    responses: { 204: { description: "Removed." }, ...guarded, 404: errorResponse("No word entry with that id.") },
  });
  registry.registerPath({
    method: "get",
    path: "/api/v1/moderation/audit-log",
    summary: "The audit log of moderation actions and setting changes, filtered, newest first",
    description: `${ADMINS} Append-only: entries are never changed or deleted.`,
    request: { query: AuditLogQuerySchema },
    responses: { 200: json("The page.", AuditLogPageSchema), 400: badRequest, ...guarded, 422: invalid },
  });
}

export function registerModerationPaths(registry: OpenAPIRegistry) {
  registerReportPath(registry);
  registerQueuePaths(registry);
  registerUserPaths(registry);
  registerAdminPaths(registry);
}
