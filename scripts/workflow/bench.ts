// npm run bench:workflow — N brand/creator pairs walk propose → accept → complete
// through the JSON API of a production server (`next start` on loopback), while
// readers page through the ranked creators of a campaign. Prints transitions/s,
// p50/p95 per route with the ratio to GET /api/health timed in the same run (the
// wrapper's floor), errors, and a consistency check from the database: every
// history is a legal path and every match ends where its last step says (no lost
// update), and whether the notification e-mails keep up (queued, still to send when
// the load stops, seconds until all are sent). Last line: one JSON object.
//
//   npm run bench:workflow -- --pairs 20 --readers 4 --seconds 30 --warmup 10 --creators 100000
//   (starts its own stack: throw-away Postgres, demo data, next build + next start)
//   npm run bench:workflow -- --url http://localhost:3000 --database-url postgres://...
//   (a server you started; NEXTAUTH_SECRET must be the server's)
import http from "node:http";
import https from "node:https";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import pg from "pg";
import { isLegalPath } from "../../lib/matches/state-machine.ts";
import type { MatchStatus } from "../../lib/db/generated/enums.ts";
import { benchServer } from "../lib/bench-server.ts";
import { cpuBetween, cpuTicks } from "../bench/machine-cpu.ts";
import { percentile } from "../bench/percentile.ts";
import { createPairs, sessionCookie, topUpCreators, type Pair } from "./bench-setup.ts";

const { values: opt } = parseArgs({
  options: {
    pairs: { type: "string", default: "20" },
    readers: { type: "string", default: "4" },
    seconds: { type: "string", default: "30" },
    warmup: { type: "string", default: "10" },
    creators: { type: "string", default: "0" },
    url: { type: "string" },
    "database-url": { type: "string" },
    port: { type: "string", default: process.env.E2E_PORT ?? "3190" },
  },
});
const num = (k: keyof typeof opt, min: number) => {
  const n = Number(opt[k]);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${k} needs an integer >= ${min}`);
  return n;
};
const PAIRS = num("pairs", 1);
const READERS = num("readers", 0);
const SECONDS = num("seconds", 1);
const WARMUP = num("warmup", 0);
const CREATORS = num("creators", 0);

type Sample = { route: string; ms: number; status: number };
const samples: Sample[] = [];
const errors: Record<string, number> = {};
let transitions = 0;

// node:http over kept-alive sockets rather than fetch: measured, fetch spent ~2 ms of
// this process's CPU per request, CPU the server under test then lacked on a 2-core box.
const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

function send(url: URL, cookie: string, body: string | undefined) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = (url.protocol === "https:" ? https : http).request(
      url,
      {
        agent: agents[url.protocol as keyof typeof agents],
        method: body === undefined ? "GET" : "POST",
        headers: {
          cookie,
          origin: url.origin,
          ...(body === undefined
            ? {}
            : { "content-type": "application/json", "content-length": Buffer.byteLength(body) }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

async function call(base: string, route: string, path: string, cookie: string, body?: unknown) {
  const started = performance.now();
  const res = await send(
    new URL(path, base),
    cookie,
    body === undefined ? undefined : JSON.stringify(body),
  );
  let json: Record<string, unknown> | null = null;
  try {
    json = JSON.parse(res.text) as Record<string, unknown>;
  } catch {
    // not JSON (an HTML error page): counted by its status below
  }
  samples.push({ route, ms: performance.now() - started, status: res.status });
  if (res.status >= 400)
    errors[`${route} ${res.status}`] = (errors[`${route} ${res.status}`] ?? 0) + 1;
  return { status: res.status, json };
}

type M = { id: string; status: string; version: number; review?: { required: boolean } };

async function walk(base: string, pair: Pair, admin: string, until: number, done: string[]) {
  // shifted off: a walk after the warm-up goes on with campaigns the pair has not used
  for (
    let campaignId = pair.campaignIds.shift();
    campaignId;
    campaignId = pair.campaignIds.shift()
  ) {
    if (Date.now() > until) return;
    const p = await call(base, "POST /matches", "/api/v1/matches", pair.brandCookie, {
      campaignId,
      creatorId: pair.creatorId,
      offer: { amount: 800_000, deliverables: "One dedicated video" },
    });
    if (p.status !== 201) continue;
    let m = p.json!.match as M;
    done.push(m.id);
    transitions += m.status === "CONTACTED" ? 2 : 1;
    const step = async (cookie: string, body: Record<string, unknown>) => {
      const r = await call(
        base,
        "POST /transitions",
        `/api/v1/matches/${m.id}/transitions`,
        cookie,
        {
          ...body,
          version: m.version,
        },
      );
      if (r.status === 200) {
        m = r.json!.match as M;
        transitions++;
      }
      return r.status === 200;
    };
    if (m.status === "PENDING" && !(await step(admin, { to: "CONTACTED", note: "bench" })))
      continue;
    if (!(await step(pair.creatorCookie, { to: "ACCEPTED" }))) continue;
    transitions++; // CONTACTED → RESPONDED → ACCEPTED is two steps
    await call(base, "GET /matches/:id", `/api/v1/matches/${m.id}`, pair.brandCookie);
    await step(pair.brandCookie, {
      to: "COMPLETED",
      actuals: { views: 10_000, clicks: 300, sales: 12, revenue: 600_000 },
    });
  }
}

async function read(base: string, pair: Pair, until: number) {
  const campaign = pair.campaignIds[0];
  let cursor: string | null = null;
  while (Date.now() < until) {
    const r = await call(
      base,
      "GET /campaigns/:id/creators",
      `/api/v1/campaigns/${campaign}/creators?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      pair.brandCookie,
    );
    cursor = (r.json?.nextCursor as string | null) ?? null;
    await call(base, "GET /health", "/api/health", "");
  }
}

const DRAIN_LIMIT_S = 120;

/**
 * The notification mails of the run (warm-up included): how many the steps queued, how
 * many the worker had not sent when the load stopped, and how long it then took to send
 * them (null: not within DRAIN_LIMIT_S). Mails that never go out are a workflow that
 * does not keep up, whatever the routes' latencies say.
 */
async function outboxAfterLoad(pool: pg.Pool, since: Date, stopped: number) {
  const count = async () => {
    const { rows } = await pool.query<{ queued: number; pending: number; failed: number }>(
      `SELECT count(*)::int AS queued, count(*) FILTER (WHERE status = 'PENDING')::int AS pending,
              count(*) FILTER (WHERE status = 'FAILED')::int AS failed
         FROM email_outbox WHERE created_at >= $1`,
      [since],
    );
    return rows[0]!;
  };
  let last = await count();
  const { queued, pending: pendingAtEnd } = last;
  while (last.pending > 0 && Date.now() - stopped < DRAIN_LIMIT_S * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    last = await count();
  }
  const drainSeconds = last.pending === 0 ? Math.round((Date.now() - stopped) / 100) / 10 : null;
  return { queued, pendingAtEnd, failed: last.failed, drainSeconds };
}

async function consistency(pool: pg.Pool, ids: string[]) {
  const { rows } = await pool.query(
    `SELECT m.id, m.status::text AS status, m.version,
            array_agg(h.to_status::text ORDER BY h.created_at, h.id) AS path,
            (SELECT count(*) FROM match_outcomes o WHERE o.match_id = m.id)::int AS outcomes
       FROM matches m JOIN match_status_changes h ON h.match_id = m.id
      WHERE m.id = ANY($1::uuid[]) GROUP BY m.id`,
    [ids],
  );
  let illegal = 0;
  let lost = 0;
  for (const r of rows) {
    if (!isLegalPath(r.path as MatchStatus[])) illegal++;
    // the status is the last step's, and a completion kept its results
    if (r.path[r.path.length - 1] !== r.status || (r.status === "COMPLETED" && r.outcomes !== 1))
      lost++;
  }
  return { matches: rows.length, illegalPaths: illegal, lostUpdates: lost };
}

const pct = (xs: number[], p: number) => (xs.length ? percentile(xs, p) : 0);
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main() {
  const server = await benchServer({
    url: opt.url,
    databaseUrl: opt["database-url"],
    port: num("port", 1),
  });
  const { base, databaseUrl, secret, stop } = server;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const creators = CREATORS ? await topUpCreators(pool, CREATORS, console.log) : null;
    const pairs = await createPairs(pool, secret, PAIRS, 400);
    const { rows: a } = await pool.query(
      `INSERT INTO users (id, email, name, role, updated_at)
       VALUES (gen_random_uuid(), $1, 'Bench admin', 'ADMIN', now()) RETURNING id`,
      [`bench-admin-${Date.now().toString(36)}@bench.local`],
    );
    const admin = await sessionCookie(pool, a[0].id, secret);
    const ids: string[] = [];
    const load = (until: number) =>
      Promise.all([
        ...pairs.map((p) => walk(base, p, admin, until, ids)),
        ...Array.from({ length: READERS }, (_, i) => read(base, pairs[i % pairs.length], until)),
      ]);
    // Warm-up: the same load, not counted. A server that has just started compiles its
    // routes and optimises its hot code in the first seconds; a deployed one has long
    // done so.
    const benchStarted = new Date();
    console.log(`warming up for ${WARMUP} s`);
    await load(Date.now() + WARMUP * 1000);
    samples.length = 0;
    transitions = 0;
    for (const k of Object.keys(errors)) delete errors[k];

    const bar = new cliProgress.SingleBar({
      format: "  {bar} {value}/{total} s · {tr} transitions",
    });
    bar.start(SECONDS, 0, { tr: 0 });
    const started = Date.now();
    const until = started + SECONDS * 1000;
    const tick = setInterval(
      () =>
        bar.update(Math.min(SECONDS, Math.round((Date.now() - started) / 1000)), {
          tr: transitions,
        }),
      500,
    );
    const cpuBefore = cpuTicks();
    await load(until);
    clearInterval(tick);
    bar.update(SECONDS, { tr: transitions });
    bar.stop();
    const stoppedAt = Date.now();
    const elapsed = (stoppedAt - started) / 1000;
    const cpu = cpuBetween(cpuBefore, cpuTicks());
    const cpuMsPerRequest = cpu && samples.length ? r1(cpu.busyMs / samples.length) : null;

    const routes: Record<
      string,
      { n: number; p50: number; p95: number; ratioP95VsHealth: number }
    > = {};
    const health =
      pct(
        samples.filter((s) => s.route === "GET /health").map((s) => s.ms),
        95,
      ) || 1;
    for (const route of new Set(samples.map((s) => s.route))) {
      const ms = samples.filter((s) => s.route === route).map((s) => s.ms);
      routes[route] = {
        n: ms.length,
        p50: r1(pct(ms, 50)),
        p95: r1(pct(ms, 95)),
        ratioP95VsHealth: r1(pct(ms, 95) / health),
      };
    }
    const check = await consistency(pool, ids);
    const emails = await outboxAfterLoad(pool, benchStarted, stoppedAt);
    for (const [route, r] of Object.entries(routes)) {
      console.log(
        `${route.padEnd(30)} n=${String(r.n).padStart(6)}  p50 ${String(r.p50).padStart(7)} ms  p95 ${String(r.p95).padStart(7)} ms  (${r.ratioP95VsHealth}× health)`,
      );
    }
    console.log(
      `transitions/s ${r1(transitions / elapsed)} · errors ${JSON.stringify(errors)} · consistency ${JSON.stringify(check)}`,
    );
    console.log(
      `e-mails: ${emails.queued} queued during the run, ${emails.pendingAtEnd} still to send when the load stopped, ` +
        (emails.drainSeconds === null
          ? `not all sent ${DRAIN_LIMIT_S} s later`
          : `all sent ${emails.drainSeconds} s later`) +
        (emails.failed > 0 ? ` (${emails.failed} failed)` : ""),
    );
    if (cpu) {
      console.log(
        `machine CPU busy ${cpu.busyPct}% of all cores · ${cpuMsPerRequest} ms of CPU per request ` +
          `(server, Postgres, job worker and this load generator together)`,
      );
    }
    return {
      pairs: PAIRS,
      readers: READERS,
      seconds: r1(elapsed),
      warmupSeconds: WARMUP,
      creators,
      transitions,
      transitionsPerSecond: r1(transitions / elapsed),
      routes,
      errors,
      consistency: check,
      emails,
      machineCpuBusyPct: cpu?.busyPct ?? null,
      cpuMsPerRequest,
      ok: check.illegalPaths === 0 && check.lostUpdates === 0,
    };
  } finally {
    await pool.end();
    await stop();
  }
}

// The summary goes out after the stack has stopped (whose shutdown prints lines of its
// own): the last line is the JSON.
main().then(
  (summary) => {
    console.log(JSON.stringify(summary));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
