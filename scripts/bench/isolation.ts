// npm run bench:isolation -- [--creators 100000] [--clients 20] [--seconds 30] [--seed 42]
// One user's heavy work must not become everyone's slow day. Starts the production
// server (next start) on `--creators` synthetic creators, then, twice — with ranking
// on the request thread (RANK_WORKERS=0, the single-thread baseline) and with the
// worker pool (the default) — measures:
//   idle:  /api/health and the brand dashboard sampled every 100 ms, nothing else running;
//   load:  `--clients` connections ranking random campaigns with random filters as fast
//          as they can (autocannon) while the same probes keep sampling.
// Prints rankings/s and p95, probe p50/p99 idle and under load, and the server's own
// event-loop delay p99 in both (from /api/metrics): the probes also wait for the
// machine's cores, which the load generator, Postgres and the ranking threads share;
// the event-loop delay is what the server itself adds. The last line is one JSON
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
const SEED = intOption("seed", 0);
const PORT = intOption("port", 1024);

type ProbeStats = { n: number; p50: number; p99: number; errors: number };
type Phase = { health: ProbeStats; dashboard: ProbeStats; all: ProbeStats };

/** Samples the probe URLs every 100 ms for `seconds`, in a child process. */
function sampleProbes(urls: string[], cookie: string, seconds: number): Promise<Phase> {
  const code = `
    const [urls, cookie, seconds] = JSON.parse(process.argv[1]);
    const lat = urls.map(() => []); let errors = urls.map(() => 0);
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
      const { lat, errors } = JSON.parse(out) as { lat: number[][]; errors: number[] };
      const stats = (xs: number[], e: number): ProbeStats => ({
        n: xs.length,
        p50: percentile(xs, 50),
        p99: percentile(xs, 99),
        errors: e,
      });
      resolve({
        health: stats(lat[0], errors[0]),
        dashboard: stats(lat[1], errors[1]),
        all: stats(lat.flat(), errors[0] + errors[1]),
      });
    });
  });
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

async function rankLoad(baseUrl: string, cookie: string, campaignIds: string[]) {
  let seed = SEED + 1;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  const result = await autocannon({
    url: baseUrl,
    connections: CLIENTS,
    duration: SECONDS,
    headers: { cookie },
    requests: [{ setupRequest: (req) => ({ ...req, path: randomRankPath(campaignIds, rnd) }) }],
    setupClient: (client) => {
      client.on("response", (status: number, _bytes: number, ms: number) => {
        latencies.push(ms);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      });
    },
  });
  const ok = statuses.get(200) ?? 0;
  // A bench whose rankings were refused measured nothing: fail, do not print a figure.
  if (ok === 0)
    throw new Error(
      `no ranking succeeded: answers ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
  return {
    rps: ok / SECONDS,
    p95: percentile(latencies, 95),
    p50: percentile(latencies, 50),
    ok,
    statuses: Object.fromEntries(statuses),
    errors: result.errors + result.timeouts,
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

async function runPhase(
  label: string,
  env: NodeJS.ProcessEnv,
  cookie: string,
  campaignIds: string[],
) {
  const resources = new StackResources();
  try {
    const { url } = await startNext("production", PORT, env, resources, "ignore");
    const probeUrls = [`${url}/api/health`, `${url}/dashboard`];
    // A short warm-up so that the first compiled page or query is not in the figures.
    await sampleProbes(probeUrls, cookie, 2);
    await eventLoopDelay(url);
    const idle = await sampleProbes(probeUrls, cookie, IDLE_SECONDS);
    const idleLoop = await eventLoopDelay(url);
    const cpuBefore = cpuTicks();
    const [load, [probes, loadLoop]] = await Promise.all([
      rankLoad(url, cookie, campaignIds),
      // Start sampling once the load is on, stop before it ends.
      (async () => {
        await sleep(2000);
        await eventLoopDelay(url); // from here on
        const sampled = await sampleProbes(probeUrls, cookie, Math.max(1, SECONDS - 4));
        return [sampled, await eventLoopDelay(url)] as const;
      })(),
    ]);
    const cpu = cpuBetween(cpuBefore, cpuTicks());
    console.log(
      `${label}: ${load.rps.toFixed(1)} rankings/s (p50 ${ms(load.p50)}, p95 ${ms(load.p95)} ms, ` +
        `answers ${JSON.stringify(load.statuses)}, socket errors ${load.errors}); ` +
        `probes idle p50/p99 ${ms(idle.all.p50)}/${ms(idle.all.p99)} ms ` +
        `(health ${ms(idle.health.p50)}/${ms(idle.health.p99)}, dashboard ${ms(idle.dashboard.p50)}/${ms(idle.dashboard.p99)}), ` +
        `under load ${ms(probes.all.p50)}/${ms(probes.all.p99)} ms ` +
        `(health ${ms(probes.health.p99)}, dashboard ${ms(probes.dashboard.p99)}; ${probes.all.errors} failed); ` +
        `server event-loop delay p99 idle ${ms(idleLoop.p99)}, under load ${ms(loadLoop.p99)} ms (max ${ms(loadLoop.max)})` +
        (cpu ? `; machine CPU busy ${cpu.busyPct}%` : ""),
    );
    return { load, idle, probes, idleLoop, loadLoop, cpuBusyPct: cpu?.busyPct ?? null };
  } finally {
    await resources.stopAll();
  }
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
      const single = await runPhase(
        "single thread",
        { ...env, RANK_WORKERS: "0" },
        cookie,
        campaignIds,
      );
      const pooled = await runPhase("worker pool", env, cookie, campaignIds);
      const summary = {
        creators: CREATORS,
        clients: CLIENTS,
        seconds: SECONDS,
        rankRps: round(pooled.load.rps),
        rankP95Ms: round(pooled.load.p95),
        rankErrors: pooled.load.errors + (pooled.load.ok === 0 ? 1 : 0),
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
