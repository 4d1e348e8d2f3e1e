import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function checkDatabase(): Promise<void> {
  try {
    await getDb().$queryRaw`SELECT 1`;
  } catch {
    throw new AppError("service_unavailable", "The database is not answering.");
  }
}
