// npm run bench:report -- [--clicks 1000000] [--orders 20000] [--creators 10] [--requests 400]
// Campaign report latency over a large campaign. Seeds one campaign of --creators
// accepted matches with --clicks clicks and --orders orders (every 20th refunded)
// spread over 30 days, through the production write path: multi-row INSERTs into
// clicks and conversions (generate_series, 50,000 rows a statement), so the rollups
// are built by the same statement-level triggers the redirect and the webhook fire.
// Then GET /api/v1/campaigns/:id/report over real HTTP against the production server
// (`next build` + `next start` on a throw-away database, or --url / --database-url),
// --requests times one after another after a warm-up: p50 / p95.
// Baseline in the same run: the report's totals, per-creator figures and daily chart
// recounted from the raw events (what a report would cost without rollups), timed in
// this process like the rollup version of the same domain function.
// Last line: one JSON object with clicks, orders, p50Ms, p95Ms, rawP50Ms, speedup.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import pg from "pg";
import { percentile } from "../bench/percentile.ts";
import { benchServer } from "../lib/bench-server.ts";
import { sessionCookie } from "../workflow/bench-setup.ts";
import type { TrackedMatch } from "../../lib/reporting/campaign/seed-events.ts";

const { values: opt } = parseArgs({
  options: {
    clicks: { type: "string", default: "1000000" },
    orders: { type: "string", default: "20000" },
    creators: { type: "string", default: "10" },
    requests: { type: "string", default: "400" },
    "raw-runs": { type: "string", default: "5" },
    url: { type: "string" },
    "database-url": { type: "string" },
    port: { type: "string", default: process.env.E2E_PORT ?? "3191" },
  },
});
const num = (k: keyof typeof opt, min: number) => {
  const n = Number(String(opt[k]).replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${k} needs an integer >= ${min}`);
  return n;
};
const CLICKS = num("clicks", 1);
const ORDERS = num("orders", 1);
const CREATORS = num("creators", 1);
const REQUESTS = num("requests", 10);
const RAW_RUNS = num("raw-runs", 1);
const BATCH = 50_000;
const DAYS = 30;
const ms = (x: number) => Math.round(x * 100) / 100;

async function seed(pool: pg.Pool) {
  const { insertTrackedMatch, insertVideo } =
    await import("../../lib/reporting/campaign/seed-events.ts");
  const { insertBrand, insertCampaign, insertCreator } =
    await import("../../lib/reporting/test-fixtures.ts");
  const brandId = await insertBrand(pool, { name: "Bench report brand" });
  const campaignId = await insertCampaign(pool, brandId, { title: "Bench report campaign" });
  const now = Date.now();
  const start = new Date(now - DAYS * 86_400_000);
  await pool.query(`UPDATE campaigns SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
    campaignId,
    start,
    new Date(now + 86_400_000),
  ]);
  const matches: TrackedMatch[] = [];
  for (let i = 0; i < CREATORS; i++) {
    const creatorId = await insertCreator(pool, { name: `Bench creator ${i}` });
    const m = await insertTrackedMatch(
      pool,
      { brandId, campaignId, creatorId },
      {
        agreed: 1_000_000 + i * 100_000,
        commissionBp: i % 2 ? 1_000 : null,
        predicted: [50_000, 200_000],
      },
    );
    matches.push(m);
    const readings: Array<[string, number, number, number]> = [];
    for (let d = 1; d <= DAYS; d++) {
      const day = new Date(start.getTime() + d * 86_400_000).toISOString().slice(0, 10);
      readings.push([day, 1_000 + d * 4_000, 10 + d * 150, d * 20]);
    }
    await insertVideo(pool, m, { at: start, views: 1_000, likes: 10, comments: 0 }, readings);
  }
  const arr = (k: "matchId" | "linkId" | "creatorId") => matches.map((m) => m[k]);

  const bar = new cliProgress.SingleBar({ format: "  seeding {bar} {value}/{total} events" });
  bar.start(CLICKS + ORDERS, 0);
  // row i: match i % n, time spread evenly over the window (plus a hash jitter)
  for (let off = 0; off < CLICKS; off += BATCH) {
    const n = Math.min(BATCH, CLICKS - off);
    await pool.query(
      `INSERT INTO clicks (click_id, link_id, match_id, campaign_id, creator_id, clicked_at, hour_bucket,
                           visitor_hash, device_class)
       SELECT 'b' || i, ($1::uuid[])[1 + i % $6], ($2::uuid[])[1 + i % $6], $3, ($4::uuid[])[1 + i % $6],
              t, date_trunc('hour', t), md5(i::text), 'MOBILE'
         FROM generate_series($7::bigint, $8::bigint) AS i,
              LATERAL (SELECT $5::timestamptz + (i * $9::double precision) * interval '1 millisecond' AS t) x`,
      [
        arr("linkId"),
        arr("matchId"),
        campaignId,
        arr("creatorId"),
        start,
        CREATORS,
        off,
        off + n - 1,
        (DAYS * 86_400_000) / CLICKS,
      ],
    );
    bar.increment(n);
  }
  // every 20th order is refunded in full an hour later: its own REFUND row
  for (const kind of ["ORDER", "REFUND"] as const) {
    for (let off = 0; off < ORDERS; off += BATCH) {
      const n = Math.min(BATCH, ORDERS - off);
      const { rowCount } = await pool.query(
        `INSERT INTO conversions (brand_id, order_id, kind, source, occurred_at, amount, attribution,
                                  link_id, match_id, campaign_id, creator_id)
         SELECT $1, 'bench-' || i, $11::"ConversionKind", 'WEBHOOK',
                $5::timestamptz + (i * $9::double precision) * interval '1 millisecond'
                  + CASE WHEN $11 = 'REFUND' THEN interval '1 hour' ELSE interval '0' END,
                (10000 + (i % 97) * 1000) * CASE WHEN $11 = 'REFUND' THEN -1 ELSE 1 END,
                'CLICK', ($2::uuid[])[1 + i % $6], ($3::uuid[])[1 + i % $6], $4, ($10::uuid[])[1 + i % $6]
           FROM generate_series($7::bigint, $8::bigint) AS i
          WHERE $11 = 'ORDER' OR i % 20 = 19`,
        [
          brandId,
          arr("linkId"),
          arr("matchId"),
          campaignId,
          start,
          CREATORS,
          off,
          off + n - 1,
          (DAYS * 86_400_000) / ORDERS,
          arr("creatorId"),
          kind,
        ],
      );
      if (kind === "ORDER") bar.increment(rowCount ?? 0);
    }
  }
  bar.stop();
  await pool.query("ANALYZE");
  return { brandId, campaignId };
}

// The same figures the report shows, recounted from the raw events on every call.
async function rawReport(pool: pg.Pool, campaignId: string) {
  const [totals, daily] = await Promise.all([
    pool.query(
      `SELECT m.id, (SELECT count(*) FROM clicks c WHERE c.match_id = m.id) AS clicks,
              (SELECT count(*) FILTER (WHERE kind = 'ORDER') FROM conversions v WHERE v.match_id = m.id) AS orders,
              (SELECT coalesce(sum(amount), 0) FROM conversions v WHERE v.match_id = m.id) AS revenue
         FROM matches m WHERE m.campaign_id = $1`,
      [campaignId],
    ),
    pool.query(
      `SELECT d, sum(c) AS clicks, sum(o) AS orders, sum(a) AS revenue FROM (
         SELECT date_trunc('day', clicked_at, 'Asia/Seoul') AS d, 1 AS c, 0 AS o, 0 AS a
           FROM clicks WHERE campaign_id = $1
         UNION ALL
         SELECT date_trunc('day', occurred_at, 'Asia/Seoul'), 0, (kind = 'ORDER')::int, amount
           FROM conversions WHERE campaign_id = $1) e GROUP BY d`,
      [campaignId],
    ),
  ]);
  return { totals: totals.rows, daily: daily.rows };
}

async function main() {
  const server = await benchServer({
    url: opt.url,
    databaseUrl: opt["database-url"],
    port: num("port", 1),
  });
  const { base, databaseUrl, secret } = server;
  process.env.DATABASE_URL = databaseUrl;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  try {
    const seedStarted = performance.now();
    const { brandId, campaignId } = await seed(pool);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const { rows: u } = await pool.query(
      `INSERT INTO users (id, email, name, role, updated_at)
       VALUES (gen_random_uuid(), $1, 'Bench manager', 'BRAND_MANAGER', now()) RETURNING id`,
      [`bench-report-${Date.now().toString(36)}@bench.local`],
    );
    await pool.query(
      `INSERT INTO brand_members (brand_id, user_id, role) VALUES ($1, $2, 'OWNER')`,
      [brandId, u[0].id],
    );
    const cookie = await sessionCookie(pool, u[0].id, secret);
    const url = `${base}/api/v1/campaigns/${campaignId}/report`;
    const get = async () => {
      const t = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      const body = (await res.json()) as { totals: { clicks: number; orders: number } };
      if (res.status !== 200) throw new Error(`report answered ${res.status}`);
      return { ms: performance.now() - t, body };
    };
    for (let i = 0; i < 20; i++) await get(); // warm-up: compile the route, fill pools
    const times: number[] = [];
    let last: Awaited<ReturnType<typeof get>>["body"] | undefined;
    const bar = new cliProgress.SingleBar({ format: "  report {bar} {value}/{total} requests" });
    bar.start(REQUESTS, 0);
    for (let i = 0; i < REQUESTS; i++) {
      const r = await get();
      times.push(r.ms);
      last = r.body;
      bar.increment();
    }
    bar.stop();

    const { getCampaignReport } =
      await import("../../lib/reporting/campaign/get-campaign-report.ts");
    const timed = async (fn: () => Promise<unknown>, runs: number) => {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await fn();
        out.push(performance.now() - t);
      }
      return out;
    };
    const rollupInProcess = await timed(
      () => getCampaignReport([brandId], campaignId, {}, pool),
      Math.max(RAW_RUNS, 20),
    );
    const raw = await timed(() => rawReport(pool, campaignId), RAW_RUNS);

    const p50 = percentile(times, 50);
    const p95 = percentile(times, 95);
    const inProcessP50 = percentile(rollupInProcess, 50);
    const rawP50 = percentile(raw, 50);
    console.log(`seeded ${CLICKS} clicks and ${ORDERS} orders in ${seedSeconds.toFixed(1)} s`);
    console.log(
      `GET report over HTTP: p50 ${ms(p50)} ms, p95 ${ms(p95)} ms (${REQUESTS} requests)`,
    );
    console.log(
      `in process: rollups p50 ${ms(inProcessP50)} ms vs recount from raw events p50 ${ms(rawP50)} ms`,
    );
    const consistent = last?.totals.clicks === CLICKS && last?.totals.orders === ORDERS;
    console.log(
      JSON.stringify({
        clicks: CLICKS,
        orders: ORDERS,
        p50Ms: ms(p50),
        p95Ms: ms(p95),
        inProcessP50Ms: ms(inProcessP50),
        rawP50Ms: ms(rawP50),
        speedup: ms(rawP50 / inProcessP50),
        seedSeconds: ms(seedSeconds),
        consistent,
      }),
    );
    return consistent ? 0 : 1;
  } finally {
    await pool.end();
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
