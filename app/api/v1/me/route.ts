import { NextResponse } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { getCurrentUser } from "@/lib/accounts/get-current-user";
import { listSignInMethods } from "@/lib/accounts/list-sign-in-methods";
import { toMeDto } from "@/lib/accounts/me-dto";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthorized", "Sign in to see your account.");
  const methods = await listSignInMethods({ userId: user.id });
  return NextResponse.json(toMeDto(user, methods, new Date()), { headers: { "Cache-Control": "private, no-store" } });
});
