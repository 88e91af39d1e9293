// Applies the hand-written SQL migrations in prisma/migrations with Prisma's own
// bookkeeping, because the Prisma CLI's migrate commands need a native engine that
// cannot be downloaded here. The `_prisma_migrations` table, the checksums and the
// advisory lock are Prisma's, so a machine that has the engine can run
// `prisma migrate deploy` / `migrate status` on the same database and agree.
//
// Deliberately independent of lib/env.ts and lib/db/client.ts: scripts call it
// before any environment is set up, and /api/health passes the app's pool.
//
// Differences from `prisma migrate deploy`, on purpose:
// - each migration runs in one transaction together with its bookkeeping row, so a
//   failing migration leaves the database as it was (Prisma would record a failed
//   row that blocks every later deploy until `migrate resolve`); a migration can
//   therefore not use statements that refuse to run in a transaction
//   (CREATE INDEX CONCURRENTLY, ALTER TYPE ... ADD VALUE before PG 12);
// - an edited migration that was already applied (checksum mismatch) or a migration
//   that the database has but the folder lacks is refused instead of ignored.
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Prisma Migrate's advisory lock key (prisma-engines, postgres connector). */
export const PRISMA_ADVISORY_LOCK_KEY = 72707369;
export const MIGRATIONS_TABLE = "_prisma_migrations";

/** Verbatim the table `prisma migrate` creates on PostgreSQL. */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
);`;

export type DbTarget = string | pg.Pool | pg.ClientBase;

export type LocalMigration = {
  /** Folder name, e.g. 20261121000000_init. */
  name: string;
  script: string;
  checksum: string;
};

/** One row of `_prisma_migrations`. */
export type AppliedMigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
};

export type MigrationPlan = {
  /** Local migrations already applied, in order. */
  applied: string[];
  /** Local migrations still to apply, in order. */
  pending: string[];
  /** Reasons the database cannot be migrated safely; empty when fine. */
  problems: string[];
};

export type MigrationStatus = MigrationPlan & {
  /** Every migration is applied and nothing is wrong. */
  ok: boolean;
};

export type MigrationOptions = {
  /** Folder with <timestamp>_<name>/migration.sql. Default: <cwd>/prisma/migrations. */
  migrationsDir?: string;
  log?: (line: string) => void;
  /** How long to wait for another process that holds the migration lock. Default 60 s. */
  lockTimeoutMs?: number;
};

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length ? `${message}\n${problems.map((p) => `  - ${p}`).join("\n")}` : message);
    this.name = "MigrationError";
  }
}

export function defaultMigrationsDir(): string {
  // turbopackIgnore: the folder is read at run time; without the hint Next's file
  // tracer would pull the whole project into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), "prisma", "migrations");
}

/** sha256 of the script, lowercase hex: what Prisma stores in `checksum`. */
export function migrationChecksum(script: string | Buffer): string {
  return createHash("sha256").update(script).digest("hex");
}

/**
 * Prisma's comparison: the script as is, or with its line endings flipped (git on
 * Windows checks migrations out with CRLF), and the unpadded hex that early Prisma
 * versions wrote.
 */
export function checksumMatches(script: string, stored: string): boolean {
  const variants = [script, script.replace(/\r\n/g, "\n"), script.replace(/\r?\n/g, "\r\n")];
  return variants.some((variant) => {
    const digest = createHash("sha256").update(variant).digest();
    if (stored.length === 64) return digest.toString("hex") === stored;
    return [...digest].map((byte) => byte.toString(16)).join("") === stored;
  });
}

/** Prisma's order: folder names sorted as strings (timestamps first). */
export function sortMigrationNames(names: string[]): string[] {
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function readMigrations(
  dir: string = defaultMigrationsDir(),
): Promise<LocalMigration[]> {
  let entries: import("node:fs").Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    throw new MigrationError(`cannot read migrations folder ${dir}: ${String(error)}`);
  }
  const migrations: LocalMigration[] = [];
  for (const name of sortMigrationNames(
    entries.filter((e) => e.isDirectory()).map((e) => e.name),
  )) {
    const file = path.join(dir, name, "migration.sql");
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch {
      throw new MigrationError(`migration folder ${name} has no migration.sql`);
    }
    migrations.push({ name, script: bytes.toString("utf8"), checksum: migrationChecksum(bytes) });
  }
  return migrations;
}

/** Pure comparison of the folder with the database's bookkeeping. */
export function planMigrations(
  local: LocalMigration[],
  rows: AppliedMigrationRow[],
): MigrationPlan {
  const applied: string[] = [];
  const pending: string[] = [];
  const problems: string[] = [];
  const live = rows.filter((row) => row.rolled_back_at === null);
  const localNames = new Set(local.map((m) => m.name));

  for (const row of live) {
    if (row.finished_at === null) {
      problems.push(
        `${row.migration_name} started but never finished (a failed \`prisma migrate deploy\`?): ` +
          `fix the database, then mark it with \`prisma migrate resolve --applied|--rolled-back ${row.migration_name}\``,
      );
    }
  }
  for (const migration of local) {
    const done = live.filter(
      (row) => row.migration_name === migration.name && row.finished_at !== null,
    );
    if (done.length === 0) {
      if (!live.some((row) => row.migration_name === migration.name)) pending.push(migration.name);
      continue;
    }
    applied.push(migration.name);
    if (!done.some((row) => checksumMatches(migration.script, row.checksum))) {
      problems.push(
        `${migration.name} was modified after it was applied (checksum differs): ` +
          `restore the applied file and add a new migration for the change`,
      );
    }
  }
  const missing = new Set(
    live.map((row) => row.migration_name).filter((name) => !localNames.has(name)),
  );
  for (const name of missing) {
    problems.push(`${name} is applied to the database but missing from the migrations folder`);
  }
  return { applied, pending, problems };
}

/** What is applied and what is pending, without changing anything (for /api/health). */
export async function migrationStatus(
  target: DbTarget,
  options: Pick<MigrationOptions, "migrationsDir"> = {},
): Promise<MigrationStatus> {
  const local = await readMigrations(options.migrationsDir);
  const plan = await withClient(target, async (client) =>
    planMigrations(local, await readAppliedRows(client)),
  );
  return { ...plan, ok: plan.pending.length === 0 && plan.problems.length === 0 };
}

/**
 * Applies every pending migration in order, each in its own transaction with its
 * `_prisma_migrations` row. Holds Prisma's advisory lock throughout, so concurrent
 * callers (two dev servers, a test run, `prisma migrate deploy`) take turns.
 * Returns the names it applied (empty when the database was current).
 */
export async function applyMigrations(
  target: DbTarget,
  options: MigrationOptions = {},
): Promise<string[]> {
  const log = options.log ?? (() => undefined);
  const local = await readMigrations(options.migrationsDir);
  return withClient(target, async (client) => {
    await acquireLock(client, options.lockTimeoutMs ?? 60_000);
    try {
      if (!(await migrationsTableExists(client))) await client.query(CREATE_MIGRATIONS_TABLE);
      const plan = planMigrations(local, await readAppliedRows(client));
      if (plan.problems.length) throw new MigrationError("refusing to migrate:", plan.problems);
      const applied: string[] = [];
      for (const name of plan.pending) {
        const migration = local.find((m) => m.name === name)!;
        const started = performance.now();
        await applyOne(client, migration);
        applied.push(name);
        log(`applied ${name} (${Math.round(performance.now() - started)} ms)`);
      }
      return applied;
    } finally {
      await client
        .query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY])
        .catch(() => undefined);
    }
  });
}

async function applyOne(client: pg.ClientBase, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query("BEGIN");
  try {
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 0)`,
      [id, migration.checksum, migration.name],
    );
    try {
      // Simple-query protocol: the whole multi-statement script in one round trip.
      await client.query(migration.script);
    } catch (error) {
      throw new MigrationError(
        `migration ${migration.name} failed: ${describeSqlError(error, migration.script)}`,
      );
    }
    await client.query(
      `UPDATE _prisma_migrations SET finished_at = clock_timestamp(), applied_steps_count = 1 WHERE id = $1`,
      [id],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

function describeSqlError(error: unknown, script: string): string {
  const e = error as { message?: string; position?: string };
  const message = e.message ?? String(error);
  const position = Number(e.position);
  if (!Number.isInteger(position) || position < 1) return message;
  const line = script.slice(0, position - 1).split("\n").length;
  return `${message} (migration.sql line ${line}: ${script.split("\n")[line - 1]?.trim()})`;
}

async function acquireLock(client: pg.ClientBase, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock($1) AS locked",
      [PRISMA_ADVISORY_LOCK_KEY],
    );
    if (rows[0].locked) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        `timed out after ${timeoutMs} ms waiting for the migration lock (pg_advisory_lock(${PRISMA_ADVISORY_LOCK_KEY})) held by another session`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function migrationsTableExists(client: pg.ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ t: string | null }>("SELECT to_regclass($1) AS t", [
    MIGRATIONS_TABLE,
  ]);
  return rows[0].t !== null;
}

async function readAppliedRows(client: pg.ClientBase): Promise<AppliedMigrationRow[]> {
  if (!(await migrationsTableExists(client))) return [];
  const { rows } = await client.query<AppliedMigrationRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at
       FROM _prisma_migrations ORDER BY started_at, migration_name`,
  );
  return rows;
}

function isPool(target: pg.Pool | pg.ClientBase): target is pg.Pool {
  // PoolClient also has connect(); only a Pool keeps counters.
  return typeof (target as pg.Pool).totalCount === "number";
}

async function withClient<T>(
  target: DbTarget,
  fn: (client: pg.ClientBase) => Promise<T>,
): Promise<T> {
  if (typeof target === "string") {
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  }
  if (isPool(target)) {
    const client = await target.connect();
    try {
      const result = await fn(client);
      client.release();
      return result;
    } catch (error) {
      // The session may still hold the lock or sit in a broken state: do not pool it.
      client.release(error instanceof Error ? error : new Error(String(error)));
      throw error;
    }
  }
  return fn(target);
}
