// The database a command-line script works on: DATABASE_URL when set (production,
// CI, a developer's own server), otherwise the persistent development cluster in
// .data/postgres, started for the duration (or attached to when `npm start` runs
// it) and migrated, so a fresh checkout needs no setup.
import { applyMigrations } from "../../lib/db/migrations.ts";
import { startDevPostgres } from "../../lib/db/embedded-postgres.ts";

export type ScriptDatabase = {
  url: string;
  /** "env" when DATABASE_URL named the server, "embedded" for the dev cluster. */
  source: "env" | "embedded";
  /** Stops an embedded server this process started; a no-op otherwise. */
  stop(): Promise<void>;
};

export async function resolveScriptDatabase(): Promise<ScriptDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return { url: fromEnv, source: "env", stop: async () => undefined };
  const server = await startDevPostgres();
  try {
    await applyMigrations(server.databaseUrl);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: server.databaseUrl, source: "embedded", stop: () => server.stop() };
}

/**
 * Resolves the database and points lib/env.ts at it. Call before the first
 * (dynamic) import of lib/db/client.ts: the pool reads DATABASE_URL once.
 */
export async function useScriptDatabase(): Promise<ScriptDatabase> {
  const db = await resolveScriptDatabase();
  process.env.DATABASE_URL = db.url;
  return db;
}

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
