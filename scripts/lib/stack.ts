// The whole local stack in one process tree: Postgres (embedded unless DATABASE_URL is
// set), migrations, demo data on an empty database, the local Google stand-in (unless
// real GOOGLE_CLIENT_ID credentials are set) and Next.js as a child process.
//   dev: `npm start` — persistent .data/postgres, fixed ports, the app on :3000;
//   e2e: Playwright's webServer and the benches — a throw-away database, free ports.
// Both serve a production build (`next build` when the sources changed since the last
// one, then `next start`), so that every page answers at once and as it will in
// production; `npm run dev` serves `next dev` instead, for hot reload while editing.
// Ctrl-C / SIGTERM stop Next, then the stand-in, then Postgres, in that order.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import {
  isLocalDatabaseUrl,
  randomSuffix,
  startDevPostgres,
  startTemporaryPostgres,
  withDatabaseName,
} from "../../lib/db/embedded-postgres.ts";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { DEMO_ACCOUNTS } from "../../lib/demo-data/accounts.ts";
import { seedDemoData } from "../../lib/demo-data/seed.ts";
import { seedDemoActivity } from "../../lib/demo-data/seed-activity.ts";
import { prepareDerivedData } from "../../lib/matching/prepare-derived-data.ts";
import {
  DEFAULT_OIDC_PORT,
  LOCAL_GOOGLE_CLIENT,
  startLocalOidcProvider,
} from "../dev/oidc-provider.ts";
import { DEFAULT_SMTP_PORT, DEFAULT_SMTP_WEB_PORT, startSmtpCatcher } from "../dev/smtp-catcher.ts";
import { DEFAULT_YOUTUBE_STAND_IN_PORT, startYoutubeStandIn } from "../dev/youtube-stand-in.ts";
import { redactUrl } from "./db-url.ts";

export type StackMode = "dev" | "e2e";
/** Which Next.js server: a production build (`next start`) or `next dev`. */
export type NextServer = "production" | "development";

export type StackOptions = {
  mode: StackMode;
  /** Default: production. */
  server?: NextServer;
  /** Port of the Next.js server. */
  port: number;
  /** Port of the local Google stand-in; 0 picks a free one. Default: 4011 (dev), free (e2e). */
  oidcPort?: number;
  /** SMTP port of the local mail catcher; 0 picks a free one. Default: 2525 (dev), free (e2e). */
  smtpPort?: number;
  /** Port of the catcher's web page. Default: 2580. */
  smtpWebPort?: number;
  /** Port of the local YouTube stand-in; 0 picks a free one. Default: 4012 (dev), free (e2e). */
  youtubePort?: number;
};

export type Stack = {
  url: string;
  databaseUrl: string;
  /** Resolves with Next's exit code when it stops on its own. */
  exited: Promise<number>;
  /** Stops Next, the stand-in and Postgres; safe to call more than once. */
  stop(): Promise<void>;
};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const started = performance.now();

function step(message: string): void {
  const seconds = ((performance.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[stack ${seconds}s] ${message}`);
}

/** What has been started so far, stopped in reverse order. */
export class StackResources {
  private readonly cleanups: Array<() => Promise<void>> = [];
  private stopping: Promise<void> | undefined;

  push(cleanup: () => Promise<void>): void {
    // Started after a stop was requested (a signal mid start-up): stop it right away.
    if (this.stopping) void cleanup().catch(() => undefined);
    else this.cleanups.push(cleanup);
  }

  stopAll(): Promise<void> {
    return (this.stopping ??= (async () => {
      for (const cleanup of this.cleanups.reverse()) {
        await cleanup().catch((error: unknown) =>
          console.error(`[stack] while stopping: ${String(error)}`),
        );
      }
    })());
  }
}

/** Starts everything; on failure, stops whatever had started and rethrows. */
export async function startStack(
  options: StackOptions,
  resources = new StackResources(),
): Promise<Stack> {
  try {
    return await start(options, resources);
  } catch (error) {
    await resources.stopAll();
    throw error;
  }
}

async function start(options: StackOptions, cleanups: StackResources): Promise<Stack> {
  const { mode, port, server = "production" } = options;
  const appUrl = `http://localhost:${port}`;
  const secrets = productionSecrets(mode, server);

  const databaseUrl = await startDatabase(mode, cleanups);
  // Modules imported from here on (lib/db/client.ts via the feature store) read it.
  process.env.DATABASE_URL = databaseUrl;

  step("applying migrations");
  const applied = await applyMigrations(databaseUrl, { log: (line) => step(`  ${line}`) });
  if (!applied.length) step("  database schema is up to date");
  await seedIfEmpty(databaseUrl);

  const auth = await startIdentityProvider(mode, appUrl, options.oidcPort, cleanups);
  const mail = await startMailCatcher(mode, options, cleanups);
  const youtube = auth.GOOGLE_CLIENT_ID
    ? await startYoutube(mode, appUrl, options.youtubePort, cleanups)
    : {};

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: appUrl,
    ...auth,
    ...mail,
    ...youtube,
    NEXT_TELEMETRY_DISABLED: "1",
    ...secrets,
  };

  if (server === "production") await buildIfStale({ ...env, NODE_ENV: "production" });
  startWorker(env, cleanups);
  const { exited } = await startNext(server, port, env, cleanups);
  if (server === "development") {
    // Compile the first page a visitor opens while they read the banner.
    void fetch(`${appUrl}/signin`).catch(() => undefined);
  }
  return { url: appUrl, databaseUrl, exited, stop: () => cleanups.stopAll() };
}

// The session secret of a production server on this machine's stack when sign-in goes
// through the local stand-in, which signs in anyone anyway: fixed, so that sessions
// survive a restart of `npm start`.
const LOCAL_STACK_SESSION_SECRET = "local-stack-session-secret-not-for-production";

/**
 * What a production server refuses to start without (lib/env.ts): a throw-away pair
 * for each test stack; for `npm start`, the environment's, else (local sign-in
 * stand-in only) fixed local ones. Real Google sign-in with secrets of no one's choosing
 * would be a deployment that looks real and is not: refused with what to set.
 */
function productionSecrets(mode: StackMode, server: NextServer): Record<string, string> {
  if (server === "development") return {};
  if (mode === "e2e")
    return {
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? randomBytes(32).toString("base64url"),
      TOKEN_ENCRYPTION_KEY: process.env.TOKEN_ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
    };
  const realGoogle = Boolean(process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET);
  if (realGoogle && !(process.env.NEXTAUTH_SECRET && process.env.TOKEN_ENCRYPTION_KEY))
    throw new Error(
      "signing in with real Google, `npm start` runs a production server, which needs " +
        "NEXTAUTH_SECRET and TOKEN_ENCRYPTION_KEY (each: openssl rand -base64 32); " +
        "or use `npm run dev`",
    );
  // the stand-in's own TOKEN_ENCRYPTION_KEY comes with its settings (startIdentityProvider)
  return process.env.NEXTAUTH_SECRET || realGoogle
    ? {}
    : { NEXTAUTH_SECRET: LOCAL_STACK_SESSION_SECRET };
}

/**
 * Starts `next start` (build it first with buildIfStale) or `next dev`, and resolves
 * once its readiness check answers 200; stopped with the other resources.
 */
export async function startNext(
  server: NextServer,
  port: number,
  env: NodeJS.ProcessEnv,
  cleanups: StackResources,
  stdio: "inherit" | "ignore" = "inherit",
): Promise<{ url: string; exited: Promise<number>; pid: number }> {
  const appUrl = `http://localhost:${port}`;
  step(
    `starting Next.js (${server === "development" ? "next dev" : "next start"}) on port ${port}`,
  );
  const next = spawn(
    process.execPath,
    [
      // CPU_PROFILE_DIR=/tmp/prof npm run bench:… writes V8 profiles of the server and
      // its worker threads there when it stops (open them in Chrome's DevTools).
      ...(process.env.CPU_PROFILE_DIR
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`]
        : []),
      NEXT_BIN,
      server === "development" ? "dev" : "start",
      "--port",
      String(port),
    ],
    {
      cwd: ROOT,
      env: {
        // A production build refuses to start without a key for sealed secrets; the
        // throw-away stacks of benches and crash tests get one of their own.
        ...(server === "production"
          ? { TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64") }
          : {}),
        ...env,
        NODE_ENV: server,
      },
      stdio: ["ignore", stdio, "inherit"],
    },
  );
  const exited = new Promise<number>((resolve) =>
    next.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  cleanups.push(() => stopChild(next, exited));
  await waitForHttp(`${appUrl}/api/health/ready`, exited, 180_000);
  step(`Next.js answers at ${appUrl}`);
  // The pid lets a crash test SIGKILL the server (scripts/tracking/crash-redirect.ts).
  return { url: appUrl, exited, pid: next.pid! };
}

async function startDatabase(mode: StackMode, cleanups: StackResources): Promise<string> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv && mode === "dev") {
    step(`using DATABASE_URL ${redactUrl(fromEnv)}`);
    return fromEnv;
  }
  if (fromEnv) {
    if (!isLocalDatabaseUrl(fromEnv)) {
      throw new Error(
        `browser tests create and drop a database, so they only run against a server on this machine; ` +
          `DATABASE_URL points at ${new URL(fromEnv).host}. Unset it to use an embedded Postgres.`,
      );
    }
    // Tests never write into the named database: a fresh one on the same server.
    const url = withDatabaseName(fromEnv, `e2e_${randomSuffix()}`);
    const dbName = new URL(url).pathname.slice(1);
    step(`creating test database ${dbName} on ${new URL(fromEnv).host}`);
    await adminQuery(fromEnv, `CREATE DATABASE "${dbName}"`);
    cleanups.push(() => adminQuery(fromEnv, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`));
    return url;
  }

  step(
    mode === "dev"
      ? "starting embedded Postgres (.data/postgres)"
      : "starting a throw-away embedded Postgres",
  );
  const signalsBefore = signalListeners();
  if (mode === "dev") {
    const server = await startDevPostgres();
    cleanups.push(() => {
      step(server.attached ? "leaving the shared Postgres running" : "stopping Postgres");
      return stopPostgres(server);
    });
    releaseSignals(signalsBefore);
    step(
      server.attached
        ? `  attached to the running server on port ${server.port}`
        : `  listening on port ${server.port}`,
    );
    return server.databaseUrl;
  }
  const server = await startTemporaryPostgres();
  cleanups.push(() => {
    step("stopping Postgres and deleting the test cluster");
    return stopPostgres(server);
  });
  releaseSignals(signalsBefore);
  await server.createDatabase("creator_match_e2e");
  step(`  listening on port ${server.port}`);
  return server.connectionString("creator_match_e2e");
}

/**
 * Ctrl-C reaches Postgres directly too (same process group). When it has exited before
 * embedded-postgres's stop() listens for its exit, that stop() never settles; a leftover
 * temp cluster is removed by the next run (lib/db/embedded-postgres.ts).
 */
async function stopPostgres(server: { stop(): Promise<void> }): Promise<void> {
  const settled = await Promise.race([
    server.stop().then(() => true),
    sleep(10_000).then(() => false),
  ]);
  if (!settled) step("  Postgres had already stopped");
}

async function seedIfEmpty(databaseUrl: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const { rows } = await pool.query<{ users: boolean }>(
      "SELECT EXISTS (SELECT 1 FROM users) AS users",
    );
    if (!rows[0]!.users) {
      step("empty database: seeding demo data");
      const result = await seedDemoData(databaseUrl, { log: (line) => step(`  ${line}`) });
      step(
        `  demo data ${result.skipped ? "was already there" : `seeded in ${result.seconds.toFixed(1)} s`}`,
      );
      if (!result.skipped) await seedDemoActivity(pool, (line) => step(`  ${line}`));
    }
    await prepareDerivedData(pool, (line) => step(`  ${line}`));
  } finally {
    await pool.end();
  }
}

/**
 * The local SMTP catcher, unless SMTP_HOST points at a real relay. Returns the SMTP
 * settings the app and the worker get.
 */
async function startMailCatcher(
  mode: StackMode,
  options: StackOptions,
  cleanups: StackResources,
): Promise<Record<string, string>> {
  const host = process.env.SMTP_HOST;
  if (mode === "dev" && host && host !== "127.0.0.1" && host !== "localhost") {
    step(`sending e-mail through ${host}`);
    return {};
  }
  step("starting the local SMTP catcher");
  const catcher = await startSmtpCatcher({
    smtpPort: options.smtpPort ?? (mode === "dev" ? DEFAULT_SMTP_PORT : 0),
    webPort: options.smtpWebPort ?? DEFAULT_SMTP_WEB_PORT,
  }).catch((error: unknown) => {
    throw new Error(
      `the local SMTP catcher could not start (${String(error)}). Is another \`npm start\` running? ` +
        `Set SMTP_PORT and SMTP_WEB_PORT to free ports.`,
    );
  });
  cleanups.push(() => {
    step("stopping the SMTP catcher");
    return catcher.close();
  });
  step(`  e-mails the app sends: ${catcher.webUrl} (SMTP on port ${catcher.smtpPort})`);
  return { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(catcher.smtpPort), SMTP_SECURE: "false" };
}

/** The job worker (scripts/jobs/worker.ts) as a child process, stopped before Postgres. */
function startWorker(env: NodeJS.ProcessEnv, cleanups: StackResources): void {
  step("starting the job worker");
  const worker = spawn(process.execPath, ["--import", "tsx", "scripts/jobs/worker.ts"], {
    cwd: ROOT,
    env,
    stdio: "inherit",
  });
  const exited = new Promise<number>((resolve) =>
    worker.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
  cleanups.push(() => stopChild(worker, exited, "the job worker"));
}

async function startIdentityProvider(
  mode: StackMode,
  appUrl: string,
  port: number | undefined,
  cleanups: StackResources,
): Promise<Record<string, string>> {
  // Browser tests cannot sign in to real Google: they always get the stand-in.
  if (mode === "dev" && process.env.GOOGLE_CLIENT_ID && process.env.GOOGLE_CLIENT_SECRET) {
    step(`signing in with Google (client ${process.env.GOOGLE_CLIENT_ID})`);
    return {};
  }
  step("starting the local Google stand-in");
  const oidc = await startLocalOidcProvider({
    port: port ?? (mode === "dev" ? DEFAULT_OIDC_PORT : 0),
    redirectUris: [`${appUrl}/api/auth/callback/google`],
  }).catch((error: unknown) => {
    throw new Error(
      `the local Google stand-in could not start (${String(error)}). Is another \`npm start\` running? ` +
        `Stop it, or set GOOGLE_CLIENT_ID/GOOGLE_CLIENT_SECRET to sign in with real Google.`,
    );
  });
  cleanups.push(() => {
    step("stopping the Google stand-in");
    return oidc.close();
  });
  step(`  issuer ${oidc.issuer}`);
  return {
    GOOGLE_ISSUER: oidc.issuer,
    // The e2e server is a production build; lib/env.ts refuses a non-Google issuer
    // there unless told that this is deliberate.
    ALLOW_LOCAL_IDENTITY_PROVIDER: "true",
    // lib/crypto/secret-box.ts has no dev-only key in a production build: a fixed local one.
    TOKEN_ENCRYPTION_KEY:
      process.env.TOKEN_ENCRYPTION_KEY ?? "bG9jYWwtc3RhY2sta2V5LW5vdC1mb3ItcHJvZHVjdGk=",
    GOOGLE_CLIENT_ID: LOCAL_GOOGLE_CLIENT.id,
    GOOGLE_CLIENT_SECRET: LOCAL_GOOGLE_CLIENT.secret,
  };
}

/**
 * The local stand-in for Google's OAuth consent and the YouTube APIs; only with the
 * local sign-in stand-in, whose OAuth client it shares. Returns the endpoints the app
 * and the worker get.
 */
async function startYoutube(
  mode: StackMode,
  appUrl: string,
  port: number | undefined,
  cleanups: StackResources,
): Promise<Record<string, string>> {
  step("starting the local YouTube stand-in");
  const standIn = await startYoutubeStandIn({
    port: port ?? (mode === "dev" ? DEFAULT_YOUTUBE_STAND_IN_PORT : 0),
    redirectUris: [`${appUrl}/api/youtube/callback`],
  }).catch((error: unknown) => {
    throw new Error(
      `the local YouTube stand-in could not start (${String(error)}). Is another \`npm start\` running? ` +
        `Set YOUTUBE_STAND_IN_PORT to a free port.`,
    );
  });
  cleanups.push(() => {
    step("stopping the YouTube stand-in");
    return standIn.close();
  });
  step(`  YouTube APIs and consent at ${standIn.url}`);
  return standIn.env;
}

// Everything `next build` compiles; tests and e2e specs are not part of the bundle.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "i18n",
  "messages",
  "next.config.mjs",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

/** Newest modification time among the build inputs, in ms. */
export function newestSourceMtime(root: string = ROOT): number {
  let newest = 0;
  const visit = (p: string) => {
    let stat;
    try {
      stat = statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (name === "node_modules" || name.startsWith(".")) continue;
        visit(path.join(p, name));
      }
    } else if (!/\.test\.tsx?$/.test(p)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of BUILD_INPUTS) visit(path.join(root, input));
  return newest;
}

export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = path.join(ROOT, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs > newestSourceMtime()) {
    step("production build is current (.next/BUILD_ID newer than the sources)");
    return;
  }
  step("running next build");
  const buildStarted = performance.now();
  // `npm test` type-checks the whole tree (tsc) before the browser tests; doing it
  // again inside next build would only cost ~25 s.
  // next build imports route modules, and a production env() refuses to load without a
  // sealed-secret key; a build seals nothing, so a throw-away one is enough.
  const buildEnv = {
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    ...env,
    SKIP_BUILD_TYPECHECK: "1",
  };
  const build = spawn(process.execPath, [NEXT_BIN, "build"], {
    cwd: ROOT,
    env: buildEnv,
    stdio: "inherit",
  });
  const code = await new Promise<number>((resolve) => build.once("exit", (c) => resolve(c ?? 1)));
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  step(`  next build took ${((performance.now() - buildStarted) / 1000).toFixed(1)} s`);
}

async function waitForHttp(url: string, exited: Promise<number>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let stopped: number | undefined;
  void exited.then((code) => (stopped = code));
  while (Date.now() < deadline) {
    if (stopped !== undefined)
      throw new Error(`Next.js exited with code ${stopped} before it answered`);
    try {
      // Readiness answers 503 until the creator index is loaded and the workers are warm.
      const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  throw new Error(`Next.js did not answer ${url} within ${timeoutMs / 1000} s`);
}

async function stopChild(
  child: ChildProcess,
  exited: Promise<number>,
  name = "Next.js",
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  step(`stopping ${name}`);
  child.kill("SIGTERM");
  const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!killed) child.kill("SIGKILL");
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

type Signal = "SIGINT" | "SIGTERM" | "SIGHUP";
const SIGNALS: Signal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function signalListeners(): Map<Signal, Set<(...args: unknown[]) => void>> {
  return new Map(
    SIGNALS.map((s) => [s, new Set(process.listeners(s) as Array<(...args: unknown[]) => void>)]),
  );
}

/**
 * embedded-postgres registers signal hooks that stop Postgres and exit at once, which
 * would pull the database out from under a still-running Next.js. The stack shuts down
 * in its own order instead, so those hooks are removed again.
 */
function releaseSignals(before: Map<Signal, Set<(...args: unknown[]) => void>>): void {
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener as (...args: unknown[]) => void))
        process.removeListener(signal, listener);
    }
  }
}

/** Prints where to go and who to be. */
export function printBanner(stack: Stack, usesStandIn: boolean): void {
  const lines = [
    "",
    `  Creator Match is running at ${stack.url}`,
    "",
    ...(usesStandIn
      ? [
          "  Sign in through the local Google stand-in as one of the demo accounts:",
          ...Object.values(DEMO_ACCOUNTS).map((a) => `    ${a.role.padEnd(14)} ${a.email}`),
          "  or type any other e-mail address there to sign up as a new creator.",
        ]
      : ["  Sign in with your Google account."]),
    "",
    "  Ctrl-C stops the app, the sign-in stand-in and Postgres.",
    "",
  ];
  console.log(lines.join("\n"));
}

/** Runs a stack until Ctrl-C / SIGTERM or until Next exits, then stops it and exits. */
export async function runStack(options: StackOptions): Promise<never> {
  const resources = new StackResources();
  let stopping = false;
  // A signal during start-up (say, while seeding) stops whatever is already running.
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await resources.stopAll();
    step("stopped");
    process.exit(code);
  };
  for (const signal of SIGNALS) process.on(signal, () => void shutdown(0));

  let stack: Stack;
  try {
    stack = await startStack(options, resources);
  } catch (error) {
    if (stopping) return new Promise<never>(() => undefined);
    console.error(`[stack] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  printBanner(stack, options.mode === "e2e" || !process.env.GOOGLE_CLIENT_ID);
  const code = await stack.exited;
  await shutdown(code);
  return new Promise<never>(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
