import { handleErrors } from "@/lib/api/json-response";
import { privateJson } from "@/lib/api/moderation-response";
import { ModerationSettingsPatchSchema } from "@/lib/api/moderation-schemas";
import { parseJsonBody } from "@/lib/api/parse-request";
import { requireUser } from "@/lib/auth/require-user";
import { getModerationSettingsForAdmin, updateModerationSettings } from "@/lib/moderation/update-moderation-settings";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => privateJson(await getModerationSettingsForAdmin({ actor: await requireUser() })));

export const PATCH = handleErrors(async (request: Request) => {
  const actor = await requireUser();
  const patch = await parseJsonBody(ModerationSettingsPatchSchema, request);
  return privateJson(await updateModerationSettings({ actor, patch }));
});
