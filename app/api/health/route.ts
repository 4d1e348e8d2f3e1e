import { NextResponse } from "next/server";
import { handleErrors } from "@/lib/api/json-response";
import { checkDatabase } from "@/lib/db/check-database";

export const dynamic = "force-dynamic";

export const GET = handleErrors(async () => {
  await checkDatabase();
  return NextResponse.json({ status: "ok" });
});
