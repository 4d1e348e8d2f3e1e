// Typed session and adapter user: session.user carries the fields that
// authorization reads (id, role, status), straight from the database row.
import type { DefaultSession } from "@auth/core/types";
import type { Role, UserStatus } from "@/lib/generated/prisma/enums";

declare module "@auth/core/types" {
  interface Session {
    user: {
      id: string;
      role: Role;
      status: UserStatus;
      /** ISO date; set while status is SUSPENDED with an end. */
      suspendedUntil: string | null;
      /** Why the account is suspended or banned; null otherwise. */
      suspensionReason: string | null;
    } & NonNullable<DefaultSession["user"]>;
  }
}

declare module "@auth/core/adapters" {
  interface AdapterUser {
    role: Role;
    status: UserStatus;
    suspendedUntil: Date | null;
    suspensionReason: string | null;
  }
}
