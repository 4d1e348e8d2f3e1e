import { tmpdir } from "node:os";
import path from "node:path";

/** The app under test: its own port, its own embedded PostgreSQL and data directory. */
export const E2E_PORT = 3100;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_DATA_DIR = path.join(tmpdir(), "marginalia-e2e", "postgres");

export const E2E_SERVER_ENV: Record<string, string> = {
  PORT: String(E2E_PORT),
  EMBEDDED_PG_PORT: "54391",
  MARGINALIA_DATA_DIR: E2E_DATA_DIR,
  DATABASE_URL: "",
};
