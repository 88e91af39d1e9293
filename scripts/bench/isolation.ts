// npm run bench:isolation -- [--creators 100000] [--clients 20] [--seconds 30] [--rounds 3] [--seed 42]
// One user's heavy work must not become everyone's slow day. Starts the production
// server (next start) twice on `--creators` synthetic creators — one ranking on the
// request thread (RANK_WORKERS=0, the single-thread baseline), one with the worker pool
// (the default) — and measures both:
//   idle:  /api/health and the brand dashboard sampled every 100 ms, nothing else running;
//   load:  `--clients` connections ranking random campaigns with random filters as fast
//          as they can (autocannon) while the same probes keep sampling.
// The load alternates between the two servers in `--rounds` rounds of
// seconds / rounds each (single, pooled, single, …): this machine's speed drifts by a
// third within minutes, and two phases a minute apart compared that drift as much as
// the servers. Each server's figures add up its rounds.
// Prints rankings/s and p95, probe p50/p99 idle and under load, and the server's own
// event-loop delay p99 (from /api/metrics; the worst round's): the probes also wait for
// the machine's cores, which the load generator, Postgres and the ranking threads
// share; the event-loop delay is what the server itself adds. The last line is one JSON
// object. The probes run in a child process so that the load generator's own event
// loop does not inflate them. The database is the `bench` database of
// bench:match (DATABASE_URL's server, else the development cluster).
import { spawn } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { applyMigrations } from "../../lib/db/migrations.ts";
import { createDatabaseIfMissing, withDatabaseName } from "../../lib/db/embedded-postgres.ts";
import { redactUrl } from "../lib/db-url.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";
import { buildIfStale, StackResources, startNext } from "../lib/stack.ts";
import { ensureBenchCreatorsInChild, storeBenchCampaigns } from "../matching/bench-data.ts";
import { generateCampaigns } from "../matching/eval/synthetic.ts";
import { cpuBetween, cpuTicks } from "./machine-cpu.ts";
import { percentile } from "./percentile.ts";

const { values } = parseArgs({
  options: {
    creators: { type: "string", default: "100000" },
    clients: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    rounds: { type: "string", default: "3" },
    "idle-seconds": { type: "string", default: "10" },
    seed: { type: "string", default: "42" },
    port: { type: "string", default: "3190" },
  },
});
const intOption = (name: keyof typeof values, min: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs an integer >= ${min}`);
  return n;
};
const CREATORS = intOption("creators", 1);
const CLIENTS = intOption("clients", 1);
const SECONDS = intOption("seconds", 1);
const IDLE_SECONDS = intOption("idle-seconds", 1);
const ROUNDS = intOption("rounds", 1);
/** Each round's load; probes sample it but for its first and last 2 s. */
const ROUND_SECONDS = SECONDS / ROUNDS;
if (ROUND_SECONDS < 5) throw new Error("--seconds / --rounds must leave at least 5 s a round");
const WARMUP_SECONDS = 5;
const SEED = intOption("seed", 0);
const PORT = intOption("port", 1024);

type ProbeStats = { n: number; p50: number; p99: number; errors: number };
type Phase = { health: ProbeStats; dashboard: ProbeStats; all: ProbeStats };
/** One sampling's latencies and failures, per probe URL (health, dashboard). */
type ProbeSamples = { lat: number[][]; errors: number[] };

/** Samples the probe URLs every 100 ms for `seconds`, in a child process. */
function sampleProbes(urls: string[], cookie: string, seconds: number): Promise<ProbeSamples> {
  const code = `
    const [urls, cookie, seconds] = JSON.parse(process.argv[1]);
    const lat = urls.map(() => []); let errors = urls.map(() => 0);
    // One untimed request each first: this fresh process's own start (its fetch and
    // its connections) is not the server's latency, and with a sampler per round it
    // would be a few of the slowest samples.
    await Promise.all(urls.map((u) => fetch(u, { headers: { cookie }, redirect: "manual" })
      .then((r) => r.arrayBuffer()).catch(() => undefined)));
    const end = Date.now() + seconds * 1000;
    while (Date.now() < end) {
      const tick = Date.now();
      await Promise.all(urls.map(async (u, k) => {
        const t = performance.now();
        try {
          const r = await fetch(u, { headers: { cookie }, redirect: "manual", signal: AbortSignal.timeout(10000) });
          await r.arrayBuffer();
          if (r.status !== 200) errors[k]++;
        } catch { errors[k]++; }
        lat[k].push(performance.now() - t);
      }));
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - tick))));
    }
    process.stdout.write(JSON.stringify({ lat, errors }));`;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--input-type=module", "-e", code, JSON.stringify([urls, cookie, seconds])],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("exit", (c) => {
      if (c !== 0) return reject(new Error(`probe sampler exited with ${c}`));
      resolve(JSON.parse(out) as ProbeSamples);
    });
  });
}

/** Percentiles over every sampling given (the rounds of one server). */
function probeStats(samplings: ProbeSamples[]): Phase {
  const stats = (xs: number[], e: number): ProbeStats => ({
    n: xs.length,
    p50: percentile(xs, 50),
    p99: percentile(xs, 99),
    errors: e,
  });
  const lat = (k: number) => samplings.flatMap((s) => s.lat[k]!);
  const errors = (k: number) => samplings.reduce((n, s) => n + s.errors[k]!, 0);
  return {
    health: stats(lat(0), errors(0)),
    dashboard: stats(lat(1), errors(1)),
    all: stats([...lat(0), ...lat(1)], errors(0) + errors(1)),
  };
}

const TIERS = ["nano", "micro", "mid", "macro", "mega"];
const REGIONS = ["Seoul", "Busan", "Gyeonggi", "Incheon", "Daegu", "Jeju"];
const CATEGORIES = ["beauty", "food", "gaming", "tech", "travel", "fashion", "fitness"];

/** A random ranking request: campaign, page size and a random subset of filters. */
function randomRankPath(campaignIds: string[], rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const q = new URLSearchParams({ limit: String(pick([10, 20, 50])) });
  if (rnd() < 0.3) q.set("tiers", [pick(TIERS), pick(TIERS)].join(","));
  if (rnd() < 0.3) q.set("regions", pick(REGIONS));
  if (rnd() < 0.3) q.set("categories", [pick(CATEGORIES), pick(CATEGORIES)].join(","));
  if (rnd() < 0.2) q.set("minSubscribers", String(pick([1000, 10_000, 100_000])));
  if (rnd() < 0.2) q.set("maxRate", String(pick([500_000, 2_000_000, 10_000_000])));
  return `/api/v1/campaigns/${pick(campaignIds)}/creators?${q}`;
}

type LoadRound = { latencies: number[]; statuses: Map<number, number>; errors: number };

/** One round of ranking load; `rnd` carries on from the server's previous round. */
async function rankLoad(
  baseUrl: string,
  cookie: string,
  campaignIds: string[],
  rnd: () => number,
  seconds: number,
): Promise<LoadRound> {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: baseUrl,
    connections: CLIENTS,
    duration: seconds,
    headers: { cookie },
    requests: [{ setupRequest: (req) => ({ ...req, path: randomRankPath(campaignIds, rnd) }) }],
    setupClient: (client) => {
      client.on("response", (status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
    },
  });
  return { latencies, statuses, errors: result.errors + result.timeouts };
}

/** A server's rounds added up. */
function loadStats(rounds: LoadRound[]) {
  const statuses = new Map<number, number>();
  for (const r of rounds)
    for (const [status, n] of r.statuses) statuses.set(status, (statuses.get(status) ?? 0) + n);
  const ok = statuses.get(200) ?? 0;
  // A bench whose rankings were refused measured nothing: fail, do not print a figure.
  if (ok === 0)
    throw new Error(
      `no ranking succeeded: answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  const latencies = rounds.flatMap((r) => r.latencies);
  return {
    rps: ok / (rounds.length * ROUND_SECONDS),
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    ok,
    statuses: Object.fromEntries(statuses),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
  };
}

const METRICS_TOKEN = randomBytes(18).toString("base64url");

/**
 * The server's own event-loop delay (lib/server/metrics.ts) since the previous scrape,
 * beyond the 10 ms sampling interval the runtime's figures include: how long a request
 * that arrived waited for the event loop, apart from the machine's other work.
 */
async function eventLoopDelay(baseUrl: string): Promise<{ p99: number; max: number }> {
  const res = await fetch(`${baseUrl}/api/metrics`, {
    headers: { authorization: `Basic ${Buffer.from(`bench:${METRICS_TOKEN}`).toString("base64")}` },
  });
  if (res.status !== 200) throw new Error(`/api/metrics answered ${res.status}`);
  const text = await res.text();
  const seconds = (name: string) => {
    const m = new RegExp(`^${name} ([0-9.e+-]+)$`, "m").exec(text);
    if (!m) throw new Error(`/api/metrics has no ${name}`);
    return Math.max(0, Number(m[1]) * 1000 - 10);
  };
  return {
    p99: seconds("nodejs_eventloop_lag_p99_seconds"),
    max: seconds("nodejs_eventloop_lag_max_seconds"),
  };
}

/** One of the two servers: its idle figures, then its share of the alternating rounds. */
type Server = {
  label: string;
  url: string;
  probeUrls: string[];
  /** Each server its own generator of the same seed: the same mix of requests. */
  rnd: () => number;
  idle: Phase;
  idleLoop: { p99: number; max: number };
  rounds: LoadRound[];
  probes: ProbeSamples[];
  loops: { p99: number; max: number }[];
  cpu: { busyPct: number; busyMs: number }[];
};

/** Starts the server and takes its idle figures, before anything else loads the machine. */
async function startServer(
  label: string,
  port: number,
  env: NodeJS.ProcessEnv,
  cookie: string,
  resources: StackResources,
): Promise<Server> {
  const { url } = await startNext(
    "production",
    port,
    { ...env, NEXTAUTH_URL: `http://localhost:${port}` },
    resources,
    "ignore",
  );
  const probeUrls = [`${url}/api/health`, `${url}/dashboard`];
  // A short warm-up so that the first compiled page or query is not in the figures.
  await sampleProbes(probeUrls, cookie, 2);
  await eventLoopDelay(url);
  const idle = probeStats([await sampleProbes(probeUrls, cookie, IDLE_SECONDS)]);
  const idleLoop = await eventLoopDelay(url);
  let seed = SEED + 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return { label, url, probeUrls, rnd, idle, idleLoop, rounds: [], probes: [], loops: [], cpu: [] };
}

/** One round of load on the server, the probes sampling all of it but its edges. */
async function loadRound(server: Server, cookie: string, campaignIds: string[]) {
  const cpuBefore = cpuTicks();
  const [load, [probes, loop]] = await Promise.all([
    rankLoad(server.url, cookie, campaignIds, server.rnd, ROUND_SECONDS),
    // Start sampling once the load is on, stop before it ends.
    (async () => {
      await sleep(2000);
      await eventLoopDelay(server.url); // from here on
      const sampled = await sampleProbes(server.probeUrls, cookie, ROUND_SECONDS - 4);
      return [sampled, await eventLoopDelay(server.url)] as const;
    })(),
  ]);
  const cpu = cpuBetween(cpuBefore, cpuTicks());
  server.rounds.push(load);
  server.probes.push(probes);
  server.loops.push(loop);
  if (cpu) server.cpu.push(cpu);
}

/** A server's figures over all its rounds, printed as one line. */
function report(server: Server) {
  const load = loadStats(server.rounds);
  const probes = probeStats(server.probes);
  // the worst round's: a stall in any round is what a user would have met
  const loadLoop = {
    p99: Math.max(...server.loops.map((l) => l.p99)),
    max: Math.max(...server.loops.map((l) => l.max)),
  };
  const cpuBusyPct = server.cpu.length
    ? Math.round((10 * server.cpu.reduce((n, c) => n + c.busyPct, 0)) / server.cpu.length) / 10
    : null;
  const { idle, idleLoop } = server;
  console.log(
    `${server.label}: ${load.rps.toFixed(1)} rankings/s over ${server.rounds.length} rounds ` +
      `(${server.rounds.map((r) => ((r.statuses.get(200) ?? 0) / ROUND_SECONDS).toFixed(1)).join(", ")}; ` +
      `p50 ${ms(load.p50)}, p95 ${ms(load.p95)} ms, ` +
      `answers ${JSON.stringify(load.statuses)}, socket errors ${load.errors}); ` +
      `probes idle p50/p99 ${ms(idle.all.p50)}/${ms(idle.all.p99)} ms ` +
      `(health ${ms(idle.health.p50)}/${ms(idle.health.p99)}, dashboard ${ms(idle.dashboard.p50)}/${ms(idle.dashboard.p99)}), ` +
      `under load ${ms(probes.all.p50)}/${ms(probes.all.p99)} ms ` +
      `(health ${ms(probes.health.p99)}, dashboard ${ms(probes.dashboard.p99)}; ${probes.all.errors} failed); ` +
      `server event-loop delay p99 idle ${ms(idleLoop.p99)}, under load ${ms(loadLoop.p99)} ms (max ${ms(loadLoop.max)})` +
      (cpuBusyPct !== null ? `; machine CPU busy ${cpuBusyPct}%` : ""),
  );
  return { load, idle, probes, idleLoop, loadLoop, cpuBusyPct };
}

const ms = (x: number) => x.toFixed(1);

async function main(): Promise<number> {
  return withScriptDatabase(async (server) => {
    const benchUrl = withDatabaseName(server.url, "bench");
    await createDatabaseIfMissing(server.url, "bench");
    await applyMigrations(benchUrl);
    process.env.DATABASE_URL = benchUrl;
    const { pool } = await import("../../lib/db/client.ts");
    try {
      console.log(`bench database ${redactUrl(benchUrl)}`);
      await ensureBenchCreatorsInChild(benchUrl, CREATORS, SEED);
      const campaignIds = await storeBenchCampaigns(pool, generateCampaigns(40, SEED));
      const { rows } = await pool.query<{ id: string }>(
        `WITH u AS (
           INSERT INTO users (id, email, name, role, updated_at)
           VALUES (gen_random_uuid(), 'bench-brand@bench.local', 'Bench brand manager', 'BRAND_MANAGER', now())
           ON CONFLICT (email) DO UPDATE SET updated_at = now() RETURNING id)
         INSERT INTO brand_members (brand_id, user_id, role)
         SELECT b.id, u.id, 'OWNER' FROM u, brands b WHERE b.name = 'Bench brand'
         RETURNING user_id AS id`,
      );
      const secret = randomBytes(32).toString("base64url");
      // A session as sign-in issues it: a live user_sessions row named in the JWT.
      const { createUserSession } = await import("../../lib/auth/user-sessions.ts");
      const sid = await createUserSession(rows[0].id);
      const cookie = `next-auth.session-token=${await encode({ token: { sub: rows[0].id, sid }, secret })}`;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: benchUrl,
        NEXTAUTH_SECRET: secret,
        NEXTAUTH_URL: `http://localhost:${PORT}`,
        LOG_LEVEL: "warn",
        NEXT_TELEMETRY_DISABLED: "1",
        // The bench measures isolation, not the per-user budget.
        API_RATE_LIMIT_PER_MINUTE: "1000000",
        RANKING_RATE_LIMIT_PER_MINUTE: "1000000",
        METRICS_TOKEN,
      };
      await buildIfStale({ ...env, NODE_ENV: "production" });
      const resources = new StackResources();
      let single: ReturnType<typeof report>;
      let pooled: ReturnType<typeof report>;
      try {
        // Side by side, so that the load can alternate between them: a server waiting
        // for its next round costs the other nothing.
        const servers = [
          await startServer(
            "single thread",
            PORT,
            { ...env, RANK_WORKERS: "0" },
            cookie,
            resources,
          ),
          await startServer("worker pool", PORT + 1, env, cookie, resources),
        ];
        // Rankings warm up too (the engine's code compiled and optimised, in each
        // ranking thread): a few seconds of load on each, not counted.
        for (const server of servers)
          await rankLoad(server.url, cookie, campaignIds, server.rnd, WARMUP_SECONDS);
        for (let round = 0; round < ROUNDS; round++)
          for (const server of servers) await loadRound(server, cookie, campaignIds);
        single = report(servers[0]!);
        pooled = report(servers[1]!);
      } finally {
        await resources.stopAll();
      }
      const summary = {
        creators: CREATORS,
        clients: CLIENTS,
        seconds: SECONDS,
        rounds: ROUNDS,
        rankRps: round(pooled.load.rps),
        rankP95Ms: round(pooled.load.p95),
        rankErrors: pooled.load.errors,
        singleThreadRankRps: round(single.load.rps),
        singleThreadRankP95Ms: round(single.load.p95),
        speedup: round(pooled.load.rps / single.load.rps),
        probeP50Ms: round(pooled.probes.all.p50),
        probeP99Ms: round(pooled.probes.all.p99),
        idleProbeP99Ms: round(pooled.idle.all.p99),
        probeP99VsIdle: round(pooled.probes.all.p99 / pooled.idle.all.p99),
        healthP99Ms: round(pooled.probes.health.p99),
        dashboardP99Ms: round(pooled.probes.dashboard.p99),
        singleThreadProbeP99Ms: round(single.probes.all.p99),
        eventLoopDelayP99Ms: round(pooled.loadLoop.p99),
        idleEventLoopDelayP99Ms: round(pooled.idleLoop.p99),
        singleThreadEventLoopDelayP99Ms: round(single.loadLoop.p99),
        probeErrors: pooled.probes.all.errors,
        machineCpuBusyPct: pooled.cpuBusyPct,
      };
      console.log(JSON.stringify(summary));
      return 0;
    } finally {
      await pool.end();
    }
  });
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

runScript(main);
