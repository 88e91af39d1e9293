// npm run bench:redirect -- [--duration 20] [--connections 50] [--links 200] [--visitors 100]
//                            [--requests N] [--port 3190]
// The tracking redirect under load on the production server (next build + next start)
// over a throw-away Postgres with production durability (fsync and synchronous_commit
// on). autocannon on loopback drives, for `--duration` seconds each and in this order:
//   ceiling:  GET /bench/r/:code, a constant 302 with no lookup and no write;
//   redirect: GET /r/:code over `--links` links and `--visitors` visitors (X-Forwarded-For
//             and user agent per visitor), random (link, visitor) pairs, so that some
//             requests are new clicks and the rest repeats within the hour. It runs for a
//             number of requests (`--requests`, default: what the ceiling answered in
//             `--duration`), not a time: a timed run cuts requests off in flight that the
//             server may have stored, and then no count could be exact;
//   ceiling again (the figure is the mean of both: the machine is shared).
// Then counts: sent = 302s received on /r/, deduplicated = sent - distinct (link,
// visitor) pairs among them (all in one hour: a run that would cross the hour waits),
// stored = rows in clicks for the bench links; exact when stored = sent - deduplicated.
// Last line: one JSON object.
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import cliProgress from "cli-progress";
import pg from "pg";
import { runScript } from "../lib/run-script.ts";
import { buildIfStale, StackResources, startNext } from "../lib/stack.ts";
import { BOT_UA, seedBenchLinks, visitorHeaders, type BenchLink } from "./bench-data.ts";
import { startDurablePostgres } from "./durable-postgres.ts";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "50" },
    links: { type: "string", default: "200" },
    visitors: { type: "string", default: "100" },
    matches: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    requests: { type: "string", default: "0" },
    port: { type: "string", default: process.env.E2E_PORT ?? "3190" },
    seed: { type: "string", default: "42" },
  },
});
const int = (name: keyof typeof values, min: number, max: number) => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`--${name} needs an integer in ${min}..${max}`);
  return n;
};
const DURATION = int("duration", 1, 3600);
const CONNECTIONS = int("connections", 1, 1000);
const LINKS = int("links", 1, 100_000);
const VISITORS = int("visitors", 1, 16_000_000);
const MATCHES = int("matches", 1, 10_000);
const WARMUP = int("warmup", 0, 60);
const PORT = int("port", 1024, 65_535);
const SEED = int("seed", 0, 2 ** 31 - 1);
const REQUESTS = int("requests", 0, 100_000_000);

type Phase = {
  rps: number;
  p50: number;
  p99: number;
  ok: number;
  errors: number;
  statuses: Record<string, number>;
  /** (link, visitor) of every 302, for the redirect phase. */
  pairs: Map<string, number>;
};

/**
 * One autocannon run for `run.seconds`, or for exactly `run.amount` requests (each
 * connection waits for its last answer). Each request is a random (link, visitor).
 */
async function load(
  base: string,
  prefix: string,
  links: BenchLink[],
  run: { seconds: number } | { amount: number },
  label: string | null,
): Promise<Phase> {
  let state = SEED;
  const rnd = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pairs = new Map<string, number>();
  const statuses: Record<string, number> = {};
  let ok = 0;
  const bar = label
    ? new cliProgress.SingleBar(
        { format: `${label.padEnd(9)} [{bar}] {value}/{total} s`, hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const total = "seconds" in run ? run.seconds : run.amount;
  bar?.start(total, 0);
  let elapsed = 0;
  const tick = setInterval(() => bar?.update("seconds" in run ? ++elapsed : ok), 1000);
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    ...("seconds" in run ? { duration: run.seconds } : { amount: run.amount }),
    requests: [
      {
        setupRequest: (req, context) => {
          const link = Math.floor(rnd() * links.length);
          const visitor = Math.floor(rnd() * VISITORS);
          (context as { pair?: string }).pair = `${link}:${visitor}`;
          return {
            ...req,
            path: `${prefix}${links[link].code}`,
            headers: { ...req.headers, ...visitorHeaders(visitor) },
          };
        },
        onResponse: (status, _body, context) => {
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status !== 302) return;
          ok++;
          const pair = (context as { pair?: string }).pair!;
          pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        },
      },
    ],
  });
  clearInterval(tick);
  bar?.update(total);
  bar?.stop();
  const nonRedirects = Object.entries(statuses)
    .filter(([s]) => s !== "302")
    .reduce((n, [, c]) => n + c, 0);
  return {
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    ok,
    errors: result.errors + result.timeouts + nonRedirects,
    statuses,
    pairs,
  };
}

/** Sleeps past the top of the hour when the redirect phase would straddle it. */
async function stayWithinOneHour(seconds: number): Promise<void> {
  const HOUR = 3_600_000;
  const left = HOUR - (Date.now() % HOUR);
  if (left > (seconds + 10) * 1000) return;
  console.log(`waiting ${Math.ceil(left / 1000) + 2} s for the next hour (de-dup is per hour)`);
  await new Promise((r) => setTimeout(r, left + 2000));
}

async function main(): Promise<number> {
  const db = await startDurablePostgres(PORT + 5, "bench_redirect");
  const resources = new StackResources();
  const dbUrl = db.url;
  const pool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  try {
    const { links, warmUp } = await seedBenchLinks(pool, { links: LINKS, matches: MATCHES });
    console.log(
      `seeded ${links.length} links over ${MATCHES} accepted matches; ${VISITORS} visitors, ` +
        `${CONNECTIONS} connections, ${DURATION} s per phase`,
    );
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: dbUrl,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      NEXTAUTH_SECRET: "bench-redirect-secret-0123456789",
      LOG_LEVEL: "warn",
      NEXT_TELEMETRY_DISABLED: "1",
      BENCH_CEILING_ROUTE: "true",
    };
    await buildIfStale({ ...env, NODE_ENV: "production" });
    const { url } = await startNext("production", PORT, env, resources, "ignore");

    // Warm-up: JIT, the pool and the link cache (bots: cached, redirected, not stored).
    for (const l of links) {
      await fetch(`${url}/r/${l.code}`, { redirect: "manual", headers: { "user-agent": BOT_UA } });
    }
    if (WARMUP > 0) {
      await load(url, "/bench/r/", [warmUp], { seconds: WARMUP }, null);
      await load(url, "/r/", [warmUp], { seconds: WARMUP }, null);
    }

    const ceiling1 = await load(url, "/bench/r/", links, { seconds: DURATION }, "ceiling");
    const amount = REQUESTS || Math.max(CONNECTIONS, Math.round(ceiling1.rps * DURATION));
    await stayWithinOneHour(3 * DURATION);
    const redirect = await load(url, "/r/", links, { amount }, "redirect");
    const ceiling2 = await load(url, "/bench/r/", links, { seconds: DURATION }, "ceiling");

    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM clicks WHERE link_id = ANY($1::uuid[])`,
      [links.map((l) => l.id)],
    );
    const sent = redirect.ok;
    const distinct = redirect.pairs.size;
    const deduplicated = sent - distinct;
    const stored = rows[0].n;
    const ceilingRps = (ceiling1.rps + ceiling2.rps) / 2;
    const r = (x: number) => Math.round(x * 100) / 100;
    console.log(
      `ceiling  ${r(ceiling1.rps)} / ${r(ceiling2.rps)} req/s (p50 ${ceiling1.p50} / p99 ${ceiling1.p99} ms, ` +
        `answers ${JSON.stringify(ceiling1.statuses)})`,
    );
    console.log(
      `redirect ${r(redirect.rps)} req/s = ${r(redirect.rps / ceilingRps)} x ceiling ` +
        `(p50 ${redirect.p50} / p99 ${redirect.p99} ms, answers ${JSON.stringify(redirect.statuses)}, errors ${redirect.errors})`,
    );
    console.log(
      `clicks   sent ${sent} 302s, ${distinct} distinct (link, visitor) pairs -> ${deduplicated} de-duplicated; ` +
        `stored ${stored} ${stored === sent - deduplicated ? "= sent - deduplicated (exact)" : "!= sent - deduplicated (MISMATCH)"}`,
    );
    const summary = {
      rps: r(redirect.rps),
      ceilingRps: r(ceilingRps),
      ratio: r(redirect.rps / ceilingRps),
      p50Ms: redirect.p50,
      p99Ms: redirect.p99,
      ceilingP99Ms: ceiling1.p99,
      errors: redirect.errors,
      sent,
      stored,
      deduplicated,
      exact: stored === sent - deduplicated,
      connections: CONNECTIONS,
      durationS: DURATION,
      links: LINKS,
      visitors: VISITORS,
    };
    // after the stack's own shutdown lines: the last line is the JSON
    await resources.stopAll();
    console.log(JSON.stringify(summary));
    return summary.exact && summary.errors === 0 ? 0 : 1;
  } finally {
    await resources.stopAll();
    await pool.end();
    await db.stop();
  }
}

runScript(main);
