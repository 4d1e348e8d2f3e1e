import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { AuditLogQuerySchema } from "@/lib/api/moderation-schemas";
import { parseQuery } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { listAuditLog } from "@/lib/moderation/audit-log-query";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async (request: Request) => {
  const actor = await requireUser();
  const { cursor, from, to, ...filter } = parseQuery(AuditLogQuerySchema, request.url);
  const page = await listAuditLog({ actor, cursor, filter: { ...filter, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined } });
  return privateJson(page);
});
