import "server-only";
import { notFound } from "next/navigation";
import { requireRole, type ActiveUser } from "@/lib/auth/require-user";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The signed-in moderator (or admin, with `role` ADMIN) for a moderation page.
 * Everyone else, suspended staff included, gets the 404 page: the pages'
 * existence is nothing readers need to learn.
 */
export async function requireModeratorPage(role: Extract<Role, "MODERATOR" | "ADMIN"> = "MODERATOR"): Promise<ActiveUser> {
  try {
    return await requireRole(role);
  } catch (error) {
    if (error instanceof AppError) notFound();
    throw error;
  }
}
