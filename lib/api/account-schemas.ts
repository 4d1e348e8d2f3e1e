import { z } from "zod";

export const RoleSchema = z.enum(["member", "moderator", "admin"]);
export const StatusSchema = z.enum(["active", "suspended", "banned"]);

export const MeSchema = z
  .object({
    id: z.string(),
    name: z.string().nullable().meta({ description: "Display name (1 to 30 characters), null until the provider gave one or the user set one." }),
    image: z.string().nullable().meta({ description: "Avatar URL from the sign-in provider." }),
    role: RoleSchema,
    status: StatusSchema.meta({ description: "The standing now: a suspension whose end has passed reads as active." }),
    suspendedUntil: z.iso.datetime().nullable().meta({ description: "End of the current suspension; null when not suspended or suspended indefinitely." }),
    suspensionReason: z.string().nullable().meta({ description: "Why the account is suspended or banned, as the moderator put it; null when active." }),
    accounts: z.array(z.string()).meta({ description: "Providers linked to the account, e.g. [\"github\", \"oidc\"].", example: ["github"] }),
  })
  .meta({ id: "Me" });

export type MeDto = z.infer<typeof MeSchema>;
