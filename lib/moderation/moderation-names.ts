import type { CommentDto } from "@/lib/api/comment-schemas";
import type { CommentStatus, Role } from "@/lib/generated/prisma/enums";

const STATUS_NAMES: Record<CommentStatus, CommentDto["status"]> = {
  PUBLISHED: "published",
  PENDING: "pending",
  HIDDEN: "hidden",
  REJECTED: "rejected",
  DELETED: "deleted",
};

/** A comment status as the API spells it. */
export function statusName(status: CommentStatus): CommentDto["status"] {
  return STATUS_NAMES[status];
}

const ROLE_NAMES = { MEMBER: "member", MODERATOR: "moderator", ADMIN: "admin" } as const;

export function roleName(role: Role): (typeof ROLE_NAMES)[Role] {
  return ROLE_NAMES[role];
}
