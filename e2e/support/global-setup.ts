import pg from "pg";
import { E2E_DATABASE_URL } from "./server-env";

/**
 * Runs once the test server is up (Playwright starts the webServer first).
 * The specs sign in and post far faster than people do, from one address and
 * a handful of users, so the test site's limits are lifted; a spec about the
 * limits sets the ones it checks and restores these afterwards.
 */
export const E2E_LIMITS = { commentIntervalSeconds: 0, commentsPerHour: 100_000, signInAttemptsPer15Min: 100_000 };

export default async function globalSetup(): Promise<void> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "ModerationSettings" ("id", "commentIntervalSeconds", "commentsPerHour", "signInAttemptsPer15Min", "updatedAt")
       VALUES (1, $1, $2, $3, now())
       ON CONFLICT ("id") DO UPDATE SET "commentIntervalSeconds" = $1, "commentsPerHour" = $2, "signInAttemptsPer15Min" = $3`,
      [E2E_LIMITS.commentIntervalSeconds, E2E_LIMITS.commentsPerHour, E2E_LIMITS.signInAttemptsPer15Min],
    );
  } finally {
    await client.end();
  }
}
