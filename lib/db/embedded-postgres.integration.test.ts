// The embedded server's life cycle, on clusters of its own (not the run's test
// database): persistence across restarts, port fallback, attaching to a running
// server, and that using it never changes a process's exit code.
import { spawnSync } from "node:child_process";
import fs from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import {
  isLocalDatabaseUrl,
  startEmbeddedPostgres,
  startTemporaryPostgres,
  withDatabaseName,
  type EmbeddedPostgres,
} from "./embedded-postgres.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "embedded-pg-it-"));
  // As root the server runs as the postgres user, which must reach the data dir.
  await fs.chmod(dir, 0o755);
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

function started(server: EmbeddedPostgres): EmbeddedPostgres {
  cleanups.push(() => server.stop());
  return server;
}

describe("startEmbeddedPostgres", () => {
  it("keeps a persistent cluster's data across a restart, and attaches to a running one", async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const first = await startEmbeddedPostgres({ dataDir, persistent: true });
    await first.createDatabase("keep");
    await first.createDatabase("keep"); // idempotent
    await query(first.connectionString("keep"), "CREATE TABLE kept AS SELECT 42 AS answer");

    const second = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(second).toMatchObject({ attached: true, port: first.port });
    await second.stop(); // not its server: a no-op
    expect(await query(first.connectionString("keep"), "SELECT answer FROM kept")).toEqual([
      { answer: 42 },
    ]);

    await first.stop();
    const again = started(await startEmbeddedPostgres({ dataDir, persistent: true }));
    expect(again.attached).toBe(false);
    expect(await query(again.connectionString("keep"), "SELECT answer FROM kept")).toEqual([
      { answer: 42 },
    ]);
  });

  it("starts over a stale lock file, and reports a server that dies at start with its log", async () => {
    const dataDir = path.join(await tempDir(), "pg");
    const first = await startEmbeddedPostgres({ dataDir, persistent: true });
    await first.stop();

    // A crash left a lock file naming a PID that now belongs to someone else (this process).
    // As root, Postgres (running as another user) shrugs that off itself; as a normal user
    // it refuses to start unless the stale file is removed first.
    await fs.writeFile(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n0\n1\n`);
    const restarted = await startEmbeddedPostgres({ dataDir, persistent: true });
    expect(restarted.attached).toBe(false);
    await restarted.stop();

    await fs.writeFile(path.join(dataDir, "PG_VERSION"), "17\n");
    await expect(startEmbeddedPostgres({ dataDir, persistent: true })).rejects.toThrow(
      /failed to start[\s\S]*last server output[\s\S]*incompatible/,
    );
  });

  it("takes another port when the preferred one is busy, and deletes a temporary cluster on stop", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const busy = (blocker.address() as net.AddressInfo).port;

    const server = await startTemporaryPostgres({ port: busy });
    cleanups.push(() => server.stop());
    expect(server.port).not.toBe(busy);
    const [{ data_directory: dataDir }] = await query<{ data_directory: string }>(
      server.connectionString(),
      "SHOW data_directory",
    );
    await expect(fs.stat(dataDir)).resolves.toBeTruthy();
    await server.stop();
    await expect(fs.stat(dataDir)).rejects.toThrow(/ENOENT/);
  });

  it("refuses a relative data directory and a non-empty one that holds no cluster", async () => {
    await expect(
      startEmbeddedPostgres({ dataDir: "relative/pg", persistent: true }),
    ).rejects.toThrow(/absolute/);
    const dir = await tempDir();
    await fs.writeFile(path.join(dir, "notes.txt"), "mine");
    await expect(startEmbeddedPostgres({ dataDir: dir, persistent: true })).rejects.toThrow(
      /not empty but holds no Postgres cluster/,
    );
  });

  it("leaves the exit code of the process that used it alone", async () => {
    // embedded-postgres's exit hook would turn a failing test run into exit code 0.
    const dir = await tempDir();
    const script = path.join(dir, "exit-code.mts");
    await fs.writeFile(
      script,
      `import { startTemporaryPostgres } from ${JSON.stringify(path.join(here, "embedded-postgres.ts"))};\n` +
        `const server = await startTemporaryPostgres();\n` +
        `await server.stop();\n` +
        `process.exitCode = 3;\n`,
    );
    const tsx = path.resolve(here, "..", "..", "node_modules", ".bin", "tsx");
    const run = spawnSync(tsx, [script], { encoding: "utf8", timeout: 60_000 });
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.status).toBe(3);
  });
});

describe("connection string helpers", () => {
  it("tells local servers from remote ones", () => {
    expect(isLocalDatabaseUrl("postgresql://u:p@localhost:5432/db")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@127.0.0.1:5432/db")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@[::1]:5432/db")).toBe(true);
    expect(isLocalDatabaseUrl("postgresql://u:p@db.example.com:5432/db")).toBe(false);
    expect(isLocalDatabaseUrl("postgresql://u:p@localhost.example.com/db")).toBe(false);
    expect(isLocalDatabaseUrl("not a url")).toBe(false);
  });

  it("swaps the database name and keeps credentials and options", () => {
    expect(
      withDatabaseName("postgresql://u:p%40ss@localhost:5432/app?sslmode=disable", "test_1"),
    ).toBe("postgresql://u:p%40ss@localhost:5432/test_1?sslmode=disable");
  });
});
