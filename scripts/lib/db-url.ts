// The database a command-line script works on: DATABASE_URL when set (production,
// CI, a developer's own server), otherwise the persistent development cluster in
// .data/postgres, started for the duration (or attached to when `npm start` runs
// it) and migrated, so a fresh checkout needs no setup. scripts/lib/run-script.ts runs
// a script on it.
import { applyMigrations } from "../../lib/db/migrations.ts";
import { startDevPostgres } from "../../lib/db/embedded-postgres.ts";

export type ScriptDatabase = {
  url: string;
  /** "env" when DATABASE_URL named the server, "embedded" for the dev cluster. */
  source: "env" | "embedded";
  /** The dev cluster was already running (`npm start`) and stays running. */
  attached: boolean;
  /** Stops an embedded server this process started; a no-op otherwise. */
  stop(): Promise<void>;
};

export type ScriptDatabaseOptions = {
  /**
   * Apply pending migrations to the dev cluster first (default). Off for the scripts
   * that manage the schema themselves (db:migrate, db:reset).
   */
  migrate?: boolean;
};

export async function resolveScriptDatabase({
  migrate = true,
}: ScriptDatabaseOptions = {}): Promise<ScriptDatabase> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    return { url: fromEnv, source: "env", attached: false, stop: async () => undefined };
  }
  const server = await startDevPostgres();
  if (migrate) {
    try {
      await applyMigrations(server.databaseUrl);
    } catch (error) {
      await server.stop();
      throw error;
    }
  }
  return {
    url: server.databaseUrl,
    source: "embedded",
    attached: server.attached,
    stop: () => server.stop(),
  };
}

/** The database for a log line: the URL without its password, and which server it is. */
export function describeScriptDatabase(db: ScriptDatabase): string {
  if (db.source === "env") return redactUrl(db.url);
  return `${redactUrl(db.url)} (${db.attached ? "running dev server" : "embedded"})`;
}

export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
