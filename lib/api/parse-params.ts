import { z } from "zod";
import { AppError } from "@/lib/errors";

/** Route parameters that do not fit their schema name nothing that exists. */
export async function parseParams<T extends z.ZodType>(schema: T, params: Promise<unknown>): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) throw new AppError("not_found", "Nothing exists at that address.");
  return parsed.data;
}
