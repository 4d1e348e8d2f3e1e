/**
 * `npm run user:role -- <email|id> <member|moderator|admin>`: gives a user a
 * role, on the database `npm start` uses (DATABASE_URL, or the embedded
 * server, started for the run and stopped again). Recorded in the audit log
 * as done by "cli". This is how a site gets its first admin without
 * ADMIN_EMAILS; later, admins appoint moderators on /moderation.
 */
import { createDbClient } from "@/lib/db/create-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assignRole } from "@/lib/moderation/user-role";
import { configuredDatabase, prepareDatabase } from "@/lib/runtime/database-bootstrap";

const log = (message: string) => console.log(`[user:role] ${message}`);

const ROLES: Record<string, Role> = { member: "MEMBER", moderator: "MODERATOR", admin: "ADMIN" };

function options(): { who: string; role: Role } {
  const [who, roleName, ...rest] = process.argv.slice(2);
  const role = roleName ? ROLES[roleName.toLowerCase()] : undefined;
  if (!who || !role || rest.length > 0) throw new Error("usage: npm run user:role -- <email|id> <member|moderator|admin>");
  return { who, role };
}

async function main() {
  const { who, role } = options();
  const root = process.cwd();
  const database = await prepareDatabase({ root, log, ...configuredDatabase(root) });
  const db = createDbClient(database.url);
  try {
    const user = await db.user.findFirst({
      where: who.includes("@") ? { email: { equals: who, mode: "insensitive" } } : { id: who },
      select: { id: true, name: true, email: true },
    });
    if (!user) throw new Error(`no user with ${who.includes("@") ? "e-mail" : "id"} ${who} (they must have signed in once)`);
    const result = await assignRole(db, { actor: { system: "cli" }, userId: user.id, role });
    const label = `${user.name ?? "(no name)"} <${user.email ?? user.id}>`;
    log(result.changed ? `${label} is now ${result.user.role}` : `${label} already is ${result.user.role}; nothing changed`);
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[user:role] failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
