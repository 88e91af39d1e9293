// applyMigrations / migrationStatus against a real Postgres. Each case works in its
// own scratch schema of the run's test database (search_path through the
// connection string), with its own migrations folder in a temp dir.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  applyMigrations,
  migrationChecksum,
  migrationStatus,
  PRISMA_ADVISORY_LOCK_KEY,
} from "./migrations.ts";

const databaseUrl = process.env.DATABASE_URL!;
let admin: pg.Client;
const cleanups: (() => Promise<unknown>)[] = [];

beforeAll(async () => {
  admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

afterAll(async () => {
  await admin.end();
});

let counter = 0;
/** A fresh schema and a connection string whose search_path points at it. */
async function scratchSchema(): Promise<{ schema: string; url: string }> {
  const schema = `mig_test_${process.pid}_${++counter}`;
  await admin.query(`CREATE SCHEMA ${schema}`);
  cleanups.push(() => admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  const url = new URL(databaseUrl);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return { schema, url: url.toString() };
}

async function migrationsFolder(migrations: Record<string, string>): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-it-"));
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  for (const [name, sql] of Object.entries(migrations)) await writeMigration(dir, name, sql);
  return dir;
}

async function writeMigration(dir: string, name: string, sql: string) {
  await fs.mkdir(path.join(dir, name), { recursive: true });
  await fs.writeFile(path.join(dir, name, "migration.sql"), sql);
}

async function tablesIn(schema: string): Promise<string[]> {
  const { rows } = await admin.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1",
    [schema],
  );
  return rows.map((r) => r.t);
}

const FIRST =
  'CREATE TABLE "things" ("id" INTEGER NOT NULL, CONSTRAINT "things_pkey" PRIMARY KEY ("id"));\n';
const SECOND = 'ALTER TABLE "things" ADD COLUMN "name" TEXT;\n';

describe("the run's test database", () => {
  it("keeps Prisma's _prisma_migrations table, column for column", async () => {
    const { rows } = await admin.query(
      `SELECT column_name, data_type, character_maximum_length AS len, is_nullable, column_default
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations'
        ORDER BY ordinal_position`,
    );
    expect(rows).toEqual([
      {
        column_name: "id",
        data_type: "character varying",
        len: 36,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "checksum",
        data_type: "character varying",
        len: 64,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "finished_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "migration_name",
        data_type: "character varying",
        len: 255,
        is_nullable: "NO",
        column_default: null,
      },
      {
        column_name: "logs",
        data_type: "text",
        len: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "rolled_back_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "YES",
        column_default: null,
      },
      {
        column_name: "started_at",
        data_type: "timestamp with time zone",
        len: null,
        is_nullable: "NO",
        column_default: "now()",
      },
      {
        column_name: "applied_steps_count",
        data_type: "integer",
        len: null,
        is_nullable: "NO",
        column_default: "0",
      },
    ]);
  });

  it("has every repository migration recorded as Prisma records it, and is current", async () => {
    const { rows } = await admin.query(
      "SELECT migration_name, checksum, finished_at, rolled_back_at, logs, applied_steps_count FROM _prisma_migrations",
    );
    const dir = path.resolve(
      path.dirname(new URL(import.meta.url).pathname),
      "..",
      "..",
      "prisma",
      "migrations",
    );
    const names = (await fs.readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(rows.map((r) => r.migration_name).sort()).toEqual(names.sort());
    for (const r of rows) {
      const bytes = await fs.readFile(path.join(dir, r.migration_name, "migration.sql"));
      expect(r).toMatchObject({
        checksum: migrationChecksum(bytes),
        rolled_back_at: null,
        logs: null,
        applied_steps_count: 1,
      });
      expect(r.finished_at).toBeInstanceOf(Date);
    }
    await expect(migrationStatus(databaseUrl)).resolves.toMatchObject({
      ok: true,
      pending: [],
      problems: [],
    });
    await expect(applyMigrations(databaseUrl)).resolves.toEqual([]);
  });
});

describe("applyMigrations", () => {
  it("applies pending migrations in order, once, and reports status before and after", async () => {
    const { schema, url } = await scratchSchema();
    const dir = await migrationsFolder({ "20260101000000_first": FIRST });

    expect(await migrationStatus(url, { migrationsDir: dir })).toMatchObject({
      ok: false,
      applied: [],
      pending: ["20260101000000_first"],
    });
    // Status is read-only: no bookkeeping table yet.
    expect(await tablesIn(schema)).toEqual([]);

    const logged: string[] = [];
    expect(await applyMigrations(url, { migrationsDir: dir, log: (l) => logged.push(l) })).toEqual([
      "20260101000000_first",
    ]);
    expect(logged).toEqual([expect.stringMatching(/^applied 20260101000000_first \(\d+ ms\)$/)]);

    await writeMigration(dir, "20260102000000_second", SECOND);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual(["20260102000000_second"]);
    expect(await applyMigrations(url, { migrationsDir: dir })).toEqual([]);
    expect(await tablesIn(schema)).toEqual(["_prisma_migrations", "things"]);
    expect(await migrationStatus(url, { migrationsDir: dir })).toMatchObject({
      ok: true,
      applied: ["20260101000000_first", "20260102000000_second"],
      pending: [],
    });
  });

  it("accepts a pg.Pool and a connected client as well as a connection string", async () => {
    const { url } = await scratchSchema();
    const dir = await migrationsFolder({ "20260101000000_first": FIRST });
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    cleanups.push(() => pool.end());
    expect(await applyMigrations(pool, { migrationsDir: dir })).toEqual(["20260101000000_first"]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    cleanups.push(() => client.end());
    expect(await migrationStatus(client, { migrationsDir: dir })).toMatchObject({ ok: true });
    expect(await migrationStatus(pool, { migrationsDir: dir })).toMatchObject({ ok: true });
  });

  it("rolls a failing migration back completely and records nothing", async () => {
    const { schema, url } = await scratchSchema();
    const dir = await migrationsFolder({
      "20260101000000_first": FIRST,
      // The CREATE runs, then the duplicate key fails at run time.
      "20260102000000_broken":
        'CREATE TABLE "half" ("id" INTEGER);\nINSERT INTO "things" ("id") VALUES (1), (1);\n',
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /migration 20260102000000_broken failed: duplicate key value violates unique constraint "things_pkey"/,
    );
    // The first migration stays applied; nothing of the second one exists.
    expect(await tablesIn(schema)).toEqual(["_prisma_migrations", "things"]);
    const { rows } = await admin.query(`SELECT migration_name FROM ${schema}._prisma_migrations`);
    expect(rows).toEqual([{ migration_name: "20260101000000_first" }]);
    expect(await migrationStatus(url, { migrationsDir: dir })).toMatchObject({
      pending: ["20260102000000_broken"],
    });
  });

  it("points at the line of a syntax error", async () => {
    const { url } = await scratchSchema();
    const dir = await migrationsFolder({
      "20260101000000_typo": `${FIRST}\n-- comment\nCREATE TABLEE "y" ("id" INTEGER);\n`,
    });
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /syntax error at or near "TABLEE" \(migration.sql line 4: CREATE TABLEE "y"/,
    );
  });

  it("refuses to run when an applied migration was edited", async () => {
    const { schema, url } = await scratchSchema();
    const dir = await migrationsFolder({ "20260101000000_first": FIRST });
    await applyMigrations(url, { migrationsDir: dir });
    await writeMigration(dir, "20260101000000_first", FIRST + "-- edited\n");
    await writeMigration(dir, "20260102000000_second", SECOND);

    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /20260101000000_first was modified/,
    );
    const status = await migrationStatus(url, { migrationsDir: dir });
    expect(status.ok).toBe(false);
    expect(status.problems).toEqual([expect.stringMatching(/20260101000000_first was modified/)]);
    // The pending migration was not applied either.
    await expect(admin.query(`SELECT "name" FROM ${schema}.things`)).rejects.toThrow(
      /column "name" does not exist/,
    );
  });

  it("refuses a migration that a failed `prisma migrate deploy` left unfinished", async () => {
    const { schema, url } = await scratchSchema();
    const dir = await migrationsFolder({ "20260101000000_first": FIRST });
    await applyMigrations(url, { migrationsDir: dir });
    await admin.query(`UPDATE ${schema}._prisma_migrations SET finished_at = NULL, logs = 'boom'`);
    await expect(applyMigrations(url, { migrationsDir: dir })).rejects.toThrow(
      /started but never finished/,
    );
  });

  it("lets concurrent callers take turns: each migration is applied exactly once", async () => {
    const { schema, url } = await scratchSchema();
    const dir = await migrationsFolder({
      "20260101000000_first": FIRST + "SELECT pg_sleep(0.3);\n",
      "20260102000000_second": SECOND,
    });
    const results = await Promise.all(
      [1, 2, 3].map(() => applyMigrations(url, { migrationsDir: dir })),
    );
    expect(results.flat().sort()).toEqual(["20260101000000_first", "20260102000000_second"]);
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM ${schema}._prisma_migrations`,
    );
    expect(rows[0].n).toBe(2);
  });

  it("waits for the lock held by another session (e.g. prisma migrate deploy) and gives up at the timeout", async () => {
    const { url } = await scratchSchema();
    const dir = await migrationsFolder({ "20260101000000_first": FIRST });
    const holder = new pg.Client({ connectionString: databaseUrl });
    await holder.connect();
    cleanups.push(() => holder.end());
    await holder.query("SELECT pg_advisory_lock($1)", [PRISMA_ADVISORY_LOCK_KEY]);

    await expect(applyMigrations(url, { migrationsDir: dir, lockTimeoutMs: 500 })).rejects.toThrow(
      /timed out after 500 ms waiting for the migration lock/,
    );
    const waiting = applyMigrations(url, { migrationsDir: dir, lockTimeoutMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holder.query("SELECT pg_advisory_unlock($1)", [PRISMA_ADVISORY_LOCK_KEY]);
    await expect(waiting).resolves.toEqual(["20260101000000_first"]);
  });
});
