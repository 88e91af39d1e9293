// npm run bench:avazu-report -- [--rows 10000000] [--runs 60]
// Dashboard query latency on a large import: fills bench_adstats with --rows generated
// rows (reused when it already holds exactly that many), then times every rollup query
// the dashboard runs (lib/adstats/report/dashboard.ts) under varied filters — each query on
// its own, and whole page loads. Baseline in the same run: the same figures computed
// from the raw events (what the dashboard would cost without rollups), on a few runs.
// Last line: one JSON object with rows, p50Ms, p95Ms, pageP95Ms, baselineP95Ms, speedup.
import { parseArgs } from "node:util";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";
import { prepareBenchDatabase } from "./bench-db.ts";
import type { AdFilters, ReportDimension } from "../../lib/adstats/schemas.ts";
import { percentile } from "../bench/percentile.ts";

const ROLLUP_TABLES = [
  "adstats_hourly",
  "adstats_entity_daily",
  "adstats_daily",
  "adstats_hourly_totals",
  "adstats_entity_totals",
];
const ms = (x: number) => Math.round(x * 100) / 100;

async function* generatedChunks(rows: number): AsyncGenerator<Buffer> {
  const { generateAvazuLines } = await import("../../lib/adstats/generator/generate.ts");
  let buf: string[] = [];
  for (const line of generateAvazuLines({ rows, seed: 99 })) {
    buf.push(line);
    if (buf.length === 20_000) {
      yield Buffer.from(buf.join("\n") + "\n");
      buf = [];
    }
  }
  if (buf.length) yield Buffer.from(buf.join("\n") + "\n");
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "10000000" },
      runs: { type: "string", default: "60" },
    },
  });
  const rows = Number(values.rows.replace(/_/g, ""));
  const runs = Number(values.runs);
  if (!Number.isInteger(rows) || rows < 1000) throw new Error("--rows needs an integer >= 1000");
  if (!Number.isInteger(runs) || runs < 10) throw new Error("--runs needs an integer >= 10");
  // The summary is printed once the database has stopped: a connection the stop cuts
  // may still log a line, and the last line must be the JSON.
  const summary = await withScriptDatabase(async (server) => {
    const { createDatabaseIfMissing, withDatabaseName } =
      await import("../../lib/db/embedded-postgres.ts");
    const { applyMigrations } = await import("../../lib/db/migrations.ts");
    await createDatabaseIfMissing(server.url, "bench_adstats");
    const url = withDatabaseName(server.url, "bench_adstats");
    await applyMigrations(url);
    process.env.DATABASE_URL = url;
    const { pool } = await import("../../lib/db/client.ts");
    // the server stops when the script ends; connections it cuts then are expected
    pool.on("error", (error: Error & { code?: string }) => {
      if (error.code !== "57P01") throw error;
    });
    const { filterSql, reportBy, reportTotals } =
      await import("../../lib/adstats/report/report.ts");
    const { getAdDashboard } = await import("../../lib/adstats/report/dashboard.ts");
    const { ingestAvazu } = await import("../../lib/adstats/ingest/ingest.ts");

    const have = (await reportTotals(pool)).impressions;
    if (have !== rows) {
      await prepareBenchDatabase(server.url); // empties the ad tables
      console.log(
        `importing ${rows.toLocaleString("en-US")} generated rows (the database held ${have})…`,
      );
      const t = performance.now();
      let last = 0;
      const r = await ingestAvazu(pool, generatedChunks(rows), {
        source: "bench-report",
        onProgress: (p) => {
          if (p.rowsInserted - last >= 1_000_000) {
            last = p.rowsInserted;
            console.log(
              `  ${p.rowsInserted.toLocaleString("en-US")} rows, ${Math.round(p.rowsInserted / ((performance.now() - t) / 1000))} rows/s`,
            );
          }
        },
      });
      console.log(`imported ${r.rowsStored} rows in ${r.seconds} s`);
    }
    // one statement each: VACUUM refuses to run in the implicit transaction of a
    // multi-statement query (cheap when a previous run already did it)
    for (const table of ROLLUP_TABLES) await pool.query(`VACUUM ANALYZE ${table}`);
    const all = await reportTotals(pool);
    const days: string[] = [];
    for (let t = Date.parse(all.firstDay!); t <= Date.parse(all.lastDay!); t += 86_400_000) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    const [types, cats] = await Promise.all([
      reportBy(pool, "device_type"),
      reportBy(pool, "site_category"),
    ]);
    const filterSets: AdFilters[] = [];
    for (let i = 0; i < runs; i++) {
      const a = i % days.length;
      const b = Math.min(days.length - 1, a + (i % 4));
      const f: AdFilters = i % 5 === 0 ? {} : { from: days[a], to: days[b] };
      if (i % 3 === 1) f.deviceType = Number(types[i % types.length].key);
      if (i % 4 === 2) f.siteCategory = cats[i % cats.length].key;
      if (i % 7 === 3) f.bannerPos = 1;
      filterSets.push(f);
    }
    const dims: ReportDimension[] = [
      "day",
      "hour",
      "device_type",
      "banner_pos",
      "site_category",
      "app_category",
      "site_id",
      "app_id",
    ];
    // warm-up
    for (const f of filterSets.slice(0, 5)) await getAdDashboard(pool, f);
    const queryTimes: number[] = [];
    const pageTimes: number[] = [];
    const byDim = new Map<string, number[]>(dims.map((d) => [d, []]));
    for (const f of filterSets) {
      for (const d of dims) {
        const t = performance.now();
        await reportBy(pool, d, f, { limit: d.endsWith("_id") ? 10 : 1000 });
        queryTimes.push(performance.now() - t);
        byDim.get(d)!.push(performance.now() - t);
      }
      const t = performance.now();
      await getAdDashboard(pool, f);
      pageTimes.push(performance.now() - t);
    }
    queryTimes.sort((a, b) => a - b);
    const { rows: sizes } = await pool.query<{ t: string; n: string }>(
      ROLLUP_TABLES.map((t) => `SELECT '${t}' AS t, count(*) AS n FROM ${t}`).join(" UNION ALL "),
    );
    console.log(`rollup rows: ${sizes.map((s) => `${s.t} ${s.n}`).join(", ")}`);
    for (const [d, times] of byDim) {
      times.sort((a, b) => a - b);
      console.log(
        `  by ${d}: p50 ${ms(percentile(times, 50))} ms, p95 ${ms(percentile(times, 95))} ms`,
      );
    }
    pageTimes.sort((a, b) => a - b);
    const p50 = percentile(queryTimes, 50);
    const p95 = percentile(queryTimes, 95);
    const pageP95 = percentile(pageTimes, 95);
    console.log(
      `rollup queries: ${queryTimes.length} runs, p50 ${ms(p50)} ms, p95 ${ms(p95)} ms; whole dashboard: p50 ${ms(percentile(pageTimes, 50))} ms, p95 ${ms(pageP95)} ms`,
    );

    // baseline: the device-type breakdown straight from the raw events, under the
    // reports' own date filter (so that Postgres reads only those days' partitions), with
    // no statement timeout: a slow baseline is a figure, not a failure
    const baseline: number[] = [];
    const raw = await pool.connect();
    try {
      await raw.query("SET statement_timeout = 0");
      for (const f of filterSets.slice(0, 3)) {
        const values: unknown[] = [];
        const where = filterSql({ from: f.from, to: f.to }, "hour", values);
        const t = performance.now();
        await raw.query(
          `SELECT device_type, count(*), sum(click)
             FROM (SELECT event_hour AS hour, device_type, click FROM adstats_events) e
            ${where} GROUP BY 1`,
          values,
        );
        baseline.push(performance.now() - t);
      }
    } finally {
      await raw.query("RESET statement_timeout").catch(() => undefined);
      raw.release();
    }
    baseline.sort((a, b) => a - b);
    const baselineP95 = percentile(baseline, 95);
    console.log(
      `baseline (one breakdown from raw events): p95 ${ms(baselineP95)} ms over ${baseline.length} runs`,
    );
    await pool.end();
    return {
      rows: all.impressions,
      queries: queryTimes.length,
      p50Ms: ms(p50),
      p95Ms: ms(p95),
      pageP95Ms: ms(pageP95),
      baselineP95Ms: ms(baselineP95),
      speedup: Math.round((baselineP95 / p95) * 10) / 10,
    };
  });
  console.log(JSON.stringify(summary));
  return 0;
}

runScript(main, { stack: true });
