// npm run bench:ingest -- --rows 2000000 [--batch 100000] [--naive-rows 20000] [--seed N]
// Generates a file, then measures on it, in one run and one database (bench_adstats):
//   ceiling  a bare COPY ... FROM STDIN of the raw lines into a plain 24-column table
//            (no validation, no dedupe, no rollups): the fastest Postgres can take it,
//            measured before and after the import, which is compared with their mean;
//   naive    row-by-row Prisma create of the first --naive-rows rows, extrapolated;
//   import   the real end-to-end import (parse, validate, COPY, dedupe, rollups).
// Peak RSS is the process's maximum resident set after the import (before the naive
// run, which loads Prisma); the npm script caps the JS heap at 256 MB, as ingest:avazu
// does, so that V8 collects instead of growing lazily. Last line: one JSON object.
import { spawnSync } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { from as copyFrom } from "pg-copy-streams";
import { AVAZU_COLUMNS } from "../../lib/adstats/columns.ts";
import { runScript, withScriptDatabase } from "../lib/run-script.ts";
import { emptyAdTables, prepareBenchDatabase } from "./bench-db.ts";

const int = (name: string, v: string, min: number) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} needs an integer >= ${min}`);
  return n;
};
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));
const mb = (bytes: number) => Math.round(bytes / 1_048_576);

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      rows: { type: "string", default: "2000000" },
      // the import's own default (DEFAULT_BATCH_ROWS) unless given
      batch: { type: "string" },
      "naive-rows": { type: "string", default: "20000" },
      seed: { type: "string", default: "2014" },
    },
  });
  const rows = int("rows", values.rows, 1000);
  const batchRows = values.batch === undefined ? undefined : int("batch", values.batch, 100);
  const naiveRows = Math.min(rows, int("naive-rows", values["naive-rows"], 100));
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));
  const file = path.join(dir, "avazu.csv");
  try {
    let t = performance.now();
    // in a child process, so that the peak RSS below is the import's, not the generator's
    const gen = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/adstats/gen.ts",
        "--rows",
        String(rows),
        "--seed",
        String(int("seed", values.seed, 0)),
        "--out",
        file,
      ],
      { stdio: "inherit" },
    );
    if (gen.status !== 0) throw new Error("gen:avazu failed");
    console.log(
      `generated ${rows.toLocaleString("en-US")} rows (${mb(statSync(file).size)} MB) in ${Math.round(performance.now() - t)} ms`,
    );
    // Printed once the database has stopped: a connection the stop cuts may still log a
    // line, and the last line must be the JSON.
    const summary = await withScriptDatabase(async (server) => {
      const url = await prepareBenchDatabase(server.url);
      process.env.DATABASE_URL = url;
      const { pool, prisma } = await import("../../lib/db/client.ts");
      const { ingestAvazu } = await import("../../lib/adstats/ingest/ingest.ts");
      const { fileChunks } = await import("../../lib/adstats/ingest/open-input.ts");

      // ── ceiling: bare COPY of the raw lines, before and after the import ──
      // This shared 2-core VM drifts by ±20 % over a minute (the same COPY measured
      // 290,000-384,000 rows/s): the import is compared with the mean of a ceiling
      // measured on each side of it, and both are printed.
      // Each of the three starts on a quiet database: the import's aftermath (a
      // checkpoint, autovacuum of the new partitions) must not slow the second ceiling.
      await settle(pool);
      const ceilingBefore = await measureCeiling(pool, file);
      console.log(`ceiling (bare COPY) before the import: ${ceilingText(rows, ceilingBefore)}`);

      // ── the import ──
      await settle(pool);
      t = performance.now();
      // read as `npm run ingest:avazu` reads a file
      const result = await ingestAvazu(pool, fileChunks(file), {
        source: "bench",
        batchRows,
      });
      const importMs = performance.now() - t;
      const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
      const rowsPerSec = rate(result.rowsRead, importMs);
      console.log(
        `import: ${Math.round(importMs)} ms, ${rowsPerSec.toLocaleString("en-US")} rows/s ` +
          `(${result.rowsInserted} stored, ${result.rowsDeadLettered} dead-lettered); peak RSS ${peakRssMb} MB`,
      );
      await settle(pool);
      const ceilingAfter = await measureCeiling(pool, file);
      console.log(`ceiling (bare COPY) after the import: ${ceilingText(rows, ceilingAfter)}`);
      const ceilingRowsPerSec = rate(rows, (ceilingBefore + ceilingAfter) / 2);

      // ── naive: row-by-row Prisma create, extrapolated ──
      await emptyAdTables(pool as unknown as import("pg").ClientBase);
      const { ensureDayPartitions } = await import("../../lib/adstats/ingest/partitions.ts");
      const { naiveRows: readNaive } = await import("./naive-rows.ts");
      const sample = await readNaive(file, naiveRows);
      await ensureDayPartitions(pool as unknown as import("pg").ClientBase, sample.days);
      t = performance.now();
      for (const data of sample.rows) await prisma.adEvent.create({ data });
      const naiveMs = performance.now() - t;
      const baselineRowsPerSec = rate(sample.rows.length, naiveMs);
      console.log(
        `naive (Prisma create per row): ${sample.rows.length} rows in ${Math.round(naiveMs)} ms, ` +
          `${baselineRowsPerSec.toLocaleString("en-US")} rows/s (${rows.toLocaleString("en-US")} rows would take ${Math.round(rows / baselineRowsPerSec)} s)`,
      );
      await prisma.$disconnect();
      await pool.end();
      return {
        rows,
        rowsPerSec,
        ceilingRowsPerSec,
        baselineRowsPerSec,
        speedup: Math.round((rowsPerSec / baselineRowsPerSec) * 10) / 10,
        ofCeiling: Math.round((rowsPerSec / ceilingRowsPerSec) * 100) / 100,
        ceilingRunsRowsPerSec: [rate(rows, ceilingBefore), rate(rows, ceilingAfter)],
        peakRssMb,
        importSeconds: Math.round(importMs / 10) / 100,
      };
    });
    console.log(JSON.stringify(summary));
    return 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes dirty pages out and waits (at most a minute) until no autovacuum worker runs. */
async function settle(pool: import("pg").Pool): Promise<void> {
  await pool.query("CHECKPOINT");
  for (let waited = 0; waited < 60_000; waited += 250) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'`,
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One bare COPY of the whole file into a fresh 24-column text table; its milliseconds. */
async function measureCeiling(pool: import("pg").Pool, file: string): Promise<number> {
  const client = await pool.connect();
  try {
    // one COPY of the whole file: longer than the pool's statement timeout at 2M rows
    await client.query(`SET statement_timeout = 0`);
    await client.query(
      `DROP TABLE IF EXISTS bench_raw_ceiling;
       CREATE TABLE bench_raw_ceiling (${AVAZU_COLUMNS.map((c) => `"${c}" text`).join(", ")})`,
    );
    const t = performance.now();
    await pipeline(
      createReadStream(file, { highWaterMark: 1 << 20 }),
      client.query(copyFrom(`COPY bench_raw_ceiling FROM STDIN (FORMAT csv, HEADER true)`)),
    );
    const ms = performance.now() - t;
    await client.query(`DROP TABLE bench_raw_ceiling; RESET statement_timeout`);
    return ms;
  } finally {
    client.release();
  }
}

const ceilingText = (rows: number, ms: number) =>
  `${Math.round(ms)} ms, ${rate(rows, ms).toLocaleString("en-US")} rows/s`;

runScript(main, { stack: true });
