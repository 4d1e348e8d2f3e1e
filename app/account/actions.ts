"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { accountErrorKey, type AccountErrorKey } from "@/app/account/action-error";
import { unlinkAccount } from "@/lib/accounts/unlink-account";
import { updateDisplayName } from "@/lib/accounts/update-display-name";
import { checkDisplayName, type DisplayNameProblem } from "@/lib/auth/display-name";
import { requireUser } from "@/lib/auth/require-user";

export type DisplayNameState =
  | { status: "idle" }
  | { status: "saved"; name: string }
  | { status: "error"; error: AccountErrorKey; fields?: { name?: DisplayNameProblem[] } };

export type UnlinkState = { status: "idle" } | { status: "unlinked" } | { status: "error"; error: AccountErrorKey };

const DisplayNameInput = z.object({
  name: z.string({ error: "empty" }).superRefine((value, ctx) => {
    const checked = checkDisplayName(value);
    if (!checked.ok) ctx.addIssue({ code: "custom", message: checked.problem });
  }),
});

const UnlinkInput = z.object({ provider: z.string().min(1).max(100), providerAccountId: z.string().min(1).max(500) });

export async function updateDisplayNameAction(_previous: DisplayNameState, formData: FormData): Promise<DisplayNameState> {
  const parsed = DisplayNameInput.safeParse({ name: formData.get("name") });
  if (!parsed.success) {
    const problems = z.flattenError(parsed.error).fieldErrors.name ?? ["empty"];
    return { status: "error", error: "validation_failed", fields: { name: problems as DisplayNameProblem[] } };
  }
  try {
    const name = await updateDisplayName({ actor: await requireUser(), name: parsed.data.name });
    revalidatePath("/", "layout");
    return { status: "saved", name };
  } catch (error) {
    return { status: "error", error: accountErrorKey(error) };
  }
}

export async function unlinkAccountAction(_previous: UnlinkState, formData: FormData): Promise<UnlinkState> {
  const parsed = UnlinkInput.safeParse({ provider: formData.get("provider"), providerAccountId: formData.get("providerAccountId") });
  if (!parsed.success) return { status: "error", error: "not_found" };
  try {
    await unlinkAccount({ actor: await requireUser(), ...parsed.data });
  } catch (error) {
    return { status: "error", error: accountErrorKey(error) };
  }
  revalidatePath("/account");
  return { status: "unlinked" };
}
