import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  checksumMatches,
  migrationChecksum,
  planMigrations,
  readMigrations,
  sortMigrationNames,
  type AppliedMigrationRow,
  type LocalMigration,
} from "./migrations.ts";

const local = (name: string, script = `-- ${name}\nSELECT 1;\n`): LocalMigration => ({
  name,
  script,
  checksum: migrationChecksum(script),
});

const row = (m: LocalMigration, extra: Partial<AppliedMigrationRow> = {}): AppliedMigrationRow => ({
  migration_name: m.name,
  checksum: m.checksum,
  finished_at: new Date("2026-11-21T00:00:00Z"),
  rolled_back_at: null,
  ...extra,
});

describe("migrationChecksum", () => {
  it("is the lowercase hex sha256 of the script, as Prisma stores it", () => {
    expect(migrationChecksum("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
    expect(migrationChecksum(Buffer.from("abc"))).toBe(migrationChecksum("abc"));
  });
});

describe("checksumMatches", () => {
  const script = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";

  it("accepts the script's own checksum and rejects another script's", () => {
    expect(checksumMatches(script, migrationChecksum(script))).toBe(true);
    expect(checksumMatches(script + "-- edited\n", migrationChecksum(script))).toBe(false);
  });

  it("accepts the same script with the other line endings (git autocrlf)", () => {
    const crlf = script.replace(/\n/g, "\r\n");
    expect(checksumMatches(crlf, migrationChecksum(script))).toBe(true);
    expect(checksumMatches(script, migrationChecksum(crlf))).toBe(true);
  });

  it("accepts the unpadded hex that early Prisma versions wrote", () => {
    // Find a script whose digest has a byte below 0x10, where the two formats differ.
    let probe = "";
    let digest = Buffer.alloc(0);
    for (let i = 0; ; i++) {
      probe = `SELECT ${i};\n`;
      digest = Buffer.from(migrationChecksum(probe), "hex");
      if ([...digest].some((b) => b < 0x10)) break;
    }
    const unpadded = [...digest].map((b) => b.toString(16)).join("");
    expect(unpadded.length).toBeLessThan(64);
    expect(checksumMatches(probe, unpadded)).toBe(true);
    expect(checksumMatches(probe + " ", unpadded)).toBe(false);
  });
});

describe("sortMigrationNames", () => {
  it("orders by folder name, timestamps first, independent of locale", () => {
    expect(
      sortMigrationNames([
        "20261201000000_b",
        "20261121000000_init",
        "20261121000000_Z",
        "20261130120000_a",
      ]),
    ).toEqual(["20261121000000_Z", "20261121000000_init", "20261130120000_a", "20261201000000_b"]);
  });
});

describe("planMigrations", () => {
  const a = local("20261121000000_init");
  const b = local("20261122000000_add_x");
  const c = local("20261123000000_add_y");

  it("puts everything in pending on an empty database, in folder order", () => {
    expect(planMigrations([a, b, c], [])).toEqual({
      applied: [],
      pending: [a.name, b.name, c.name],
      problems: [],
    });
  });

  it("separates applied from pending", () => {
    expect(planMigrations([a, b, c], [row(a), row(b)])).toEqual({
      applied: [a.name, b.name],
      pending: [c.name],
      problems: [],
    });
  });

  it("applies a migration merged in with an older timestamp, like prisma migrate deploy", () => {
    expect(planMigrations([a, b, c], [row(a), row(c)])).toEqual({
      applied: [a.name, c.name],
      pending: [b.name],
      problems: [],
    });
  });

  it("reports an applied migration whose file was edited", () => {
    const edited = local(b.name, b.script + "ALTER TABLE x ADD COLUMN y int;\n");
    const plan = planMigrations([a, edited], [row(a), row(b)]);
    expect(plan.applied).toEqual([a.name, b.name]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatch(/20261122000000_add_x was modified after it was applied/);
  });

  it("reports a migration that the database has and the folder lacks", () => {
    const plan = planMigrations([a], [row(a), row(b)]);
    expect(plan.problems).toEqual([
      expect.stringMatching(/20261122000000_add_x is applied to the database but missing/),
    ]);
  });

  it("reports a migration that started and never finished, and does not retry it", () => {
    const plan = planMigrations([a, b], [row(a), row(b, { finished_at: null })]);
    expect(plan.pending).toEqual([]);
    expect(plan.problems).toEqual([
      expect.stringMatching(/20261122000000_add_x started but never finished/),
    ]);
  });

  it("ignores rolled-back attempts: the migration is pending again", () => {
    const plan = planMigrations(
      [a, b],
      [row(a), row(b, { finished_at: null, rolled_back_at: new Date() })],
    );
    expect(plan).toEqual({ applied: [a.name], pending: [b.name], problems: [] });
  });

  it("counts a migration re-applied after a rollback as applied", () => {
    const plan = planMigrations(
      [a, b],
      [row(a), row(b, { finished_at: null, rolled_back_at: new Date() }), row(b)],
    );
    expect(plan).toEqual({ applied: [a.name, b.name], pending: [], problems: [] });
  });
});

describe("readMigrations", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await fs.rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  async function folder(files: Record<string, string>): Promise<string> {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "migrations-test-"));
    for (const [file, content] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await fs.writeFile(path.join(dir, file), content);
    }
    return dir;
  }

  it("reads migration folders in order with their checksums and skips loose files", async () => {
    const d = await folder({
      "migration_lock.toml": 'provider = "postgresql"\n',
      "20261122000000_second/migration.sql": "SELECT 2;\n",
      "20261121000000_first/migration.sql": "SELECT 1;\n",
    });
    const read = await readMigrations(d);
    expect(read.map((m) => m.name)).toEqual(["20261121000000_first", "20261122000000_second"]);
    expect(read[0]).toMatchObject({
      script: "SELECT 1;\n",
      checksum: migrationChecksum("SELECT 1;\n"),
    });
  });

  it("refuses a migration folder without migration.sql", async () => {
    const d = await folder({ "20261121000000_first/notes.md": "x" });
    await expect(readMigrations(d)).rejects.toThrow(/20261121000000_first has no migration.sql/);
  });

  it("finds the repository's migrations, named as Prisma names them", async () => {
    const repoMigrations = path.resolve(
      path.dirname(new URL(import.meta.url).pathname),
      "..",
      "..",
      "prisma",
      "migrations",
    );
    const read = await readMigrations(repoMigrations);
    expect(read.length).toBeGreaterThan(0);
    for (const m of read) expect(m.name).toMatch(/^\d{14}_[a-z0-9_]+$/);
  });
});
