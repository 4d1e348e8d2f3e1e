"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { failure, invalid, type ActionResult } from "@/app/moderation/action-result";
import {
  AddWordsSchema,
  CommentActionsRequestSchema,
  ModerationSettingsPatchSchema,
  SetStandingSchema,
  type AddWordsResult,
  type CommentActionOutcome,
} from "@/lib/api/moderation-schemas";
import { requireRole } from "@/lib/auth/require-user";
import { moderateComments } from "@/lib/moderation/moderate-comments";
import { setUserRole } from "@/lib/moderation/user-role";
import { setUserStanding } from "@/lib/moderation/user-standing";
import { updateModerationSettings } from "@/lib/moderation/update-moderation-settings";
import { addWordEntries, removeWordEntry } from "@/lib/moderation/word-entries";

const Id = z.string().regex(/^[a-z0-9]{1,40}$/);
const StandingInput = SetStandingSchema.extend({ userId: Id });
const RoleInput = z.object({ userId: Id, role: z.enum(["MEMBER", "MODERATOR"]) });

/** Every moderation page shows what an action changed: re-render them with fresh data. */
function refreshModeration() {
  revalidatePath("/moderation", "layout");
}

function fieldErrors(error: z.ZodError) {
  return invalid(z.flattenError(error).fieldErrors);
}

/** approve / reject (with a reason its author sees) / restore / mark_reviewed / lock / unlock / pin / unpin; the outcome per comment. */
export async function moderateCommentsAction(input: z.input<typeof CommentActionsRequestSchema>): Promise<ActionResult<CommentActionOutcome[]>> {
  const parsed = CommentActionsRequestSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    const outcomes = await moderateComments({ actor: await requireRole("MODERATOR"), ...parsed.data });
    refreshModeration();
    return { ok: true, value: outcomes };
  } catch (error) {
    return failure(error);
  }
}

/** Suspends (until a time, or until lifted), bans, or lifts either, with a reason the user sees. */
export async function setUserStandingAction(input: z.input<typeof StandingInput>): Promise<ActionResult> {
  const parsed = StandingInput.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { until, ...rest } = parsed.data;
  try {
    await setUserStanding({ actor: await requireRole("MODERATOR"), ...rest, until: until ? new Date(until) : undefined });
  } catch (error) {
    return failure(error);
  }
  refreshModeration();
  return { ok: true, value: null };
}

/** Admins appoint and remove moderators. */
export async function setUserRoleAction(input: z.input<typeof RoleInput>): Promise<ActionResult> {
  const parsed = RoleInput.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    await setUserRole({ actor: await requireRole("ADMIN"), ...parsed.data });
  } catch (error) {
    return failure(error);
  }
  refreshModeration();
  return { ok: true, value: null };
}

export async function updateSettingsAction(input: z.input<typeof ModerationSettingsPatchSchema>): Promise<ActionResult> {
  const parsed = ModerationSettingsPatchSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    await updateModerationSettings({ actor: await requireRole("ADMIN"), patch: parsed.data });
  } catch (error) {
    return failure(error);
  }
  refreshModeration();
  return { ok: true, value: null };
}

/** Adds several terms at once; those refused come back each with why, the others are added. */
export async function addWordEntriesAction(input: z.input<typeof AddWordsSchema>): Promise<ActionResult<AddWordsResult>> {
  const parsed = AddWordsSchema.safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    const result = await addWordEntries({ actor: await requireRole("ADMIN"), ...parsed.data });
    refreshModeration();
    return { ok: true, value: result };
  } catch (error) {
    return failure(error);
  }
}

export async function removeWordEntryAction(input: { id: string }): Promise<ActionResult> {
  const parsed = z.object({ id: Id }).safeParse(input);
  if (!parsed.success) return fieldErrors(parsed.error);
  try {
    await removeWordEntry({ actor: await requireRole("ADMIN"), id: parsed.data.id });
  } catch (error) {
    return failure(error);
  }
  refreshModeration();
  return { ok: true, value: null };
}
