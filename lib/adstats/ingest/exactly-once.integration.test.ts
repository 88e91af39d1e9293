// Exactly once: an import killed with SIGKILL half-way, then run again, ends with
// exactly the figures of a clean run; then the seed's data tests hold over everything
// imported; and the real 1,000-row Avazu sample (when ../shared/data/avazu is there)
// imports with figures equal to an independent count.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { runDataTests } from "../rollups/data-tests.ts";
import { ingestAvazu } from "./ingest.ts";
import { reportBy, reportTotals } from "../report/report.ts";
import { chunked, generatedText, independentCount } from "../generator/test-helpers.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "adstats-once-"));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await pool.end();
});

function runImport(file: string, source: string) {
  return spawn(
    process.execPath,
    ["--import", "tsx", "scripts/adstats/ingest.ts", file, "--source", source, "--batch", "1000"],
    {
      env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

async function importedRows(source: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT coalesce(sum(rows_inserted), 0)::int AS n FROM adstats_imports WHERE source = $1`,
    [source],
  );
  return rows[0].n;
}

describe("an import killed mid-way and run again", () => {
  it("ends with exactly the counts of a clean run", async () => {
    const text = generatedText({
      rows: 40_000,
      seed: 11,
      start: "2033-07-01",
      days: 2,
      malformed: 0.005,
    });
    const truth = independentCount(text);
    const file = path.join(dir, "kill.csv");
    writeFileSync(file, text);

    const child = runImport(file, "t-kill.csv");
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code, signal) => resolve(signal ? -1 : code)),
    );
    // wait until some batches are committed, then kill without warning
    const deadline = Date.now() + 60_000;
    let committed = 0;
    while (Date.now() < deadline) {
      committed = await importedRows("t-kill.csv");
      if (committed > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill("SIGKILL");
    expect(await exited).toBe(-1);
    expect(committed).toBeGreaterThan(0);
    const partial = await reportTotals(pool, { from: "2033-07-01", to: "2033-07-02" });
    expect(partial.impressions).toBeLessThan(truth.valid);
    // what the killed run committed counts in full, whether or not its last batches' site
    // and app deltas were merged out of the journal
    expect((await runDataTests(pool))["site and app rollups equal a recount"]).toBe(0);

    // the re-run, in this process
    const r = await ingestAvazu(pool, chunked(readFileSync(file)), {
      source: "t-kill.csv",
      batchRows: 1_000,
    });
    expect(r.rowsRead).toBe(40_000);
    expect(r.rowsStored).toBe(truth.valid);
    expect(r.rowsInserted + r.rowsDuplicate).toBe(truth.valid);
    expect(r.rowsDuplicate).toBeGreaterThan(0);
    const totals = await reportTotals(pool, { from: "2033-07-01", to: "2033-07-02" });
    expect(totals).toMatchObject({ impressions: truth.valid, clicks: truth.clicks });
    const range = { from: "2033-07-01", to: "2033-07-02" };
    const byDevice = await reportBy(pool, "device_type", range);
    for (const row of byDevice)
      expect(row.impressions).toBe(truth.by(14).get(row.key)?.impressions);
    // the totals tables (hourly series, top sites without a dimension filter) too
    const hours = await reportBy(pool, "hour", range);
    expect(hours.reduce((s, h) => s + h.impressions, 0)).toBe(truth.valid);
    expect(hours.reduce((s, h) => s + h.clicks, 0)).toBe(truth.clicks);
    for (const site of await reportBy(pool, "site_id", range, { limit: 20 }))
      expect(site.impressions).toBe(truth.by(5).get(site.key)?.impressions);
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM adstats_dead_letters WHERE source = 't-kill.csv'`,
    );
    expect(rows[0].n).toBe(truth.invalidLines.length);
    const { rows: statuses } = await pool.query(
      `SELECT status FROM adstats_imports WHERE source = 't-kill.csv' ORDER BY started_at`,
    );
    expect(statuses).toEqual([{ status: "interrupted" }, { status: "done" }]);
  });
});

const SAMPLE = path.resolve("../shared/data/avazu/train_sample_1k.csv");

describe("the real Avazu sample", () => {
  it.runIf(existsSync(SAMPLE))("imports with figures equal to an independent count", async () => {
    const text = readFileSync(SAMPLE, "utf8");
    const truth = independentCount(text);
    const r = await ingestAvazu(pool, chunked(text), { source: "t-sample.csv" });
    expect(r).toMatchObject({
      rowsRead: 1000,
      rowsDeadLettered: 0,
      rowsStored: truth.valid,
      clicks: truth.clicks,
    });
    const hours = await reportBy(pool, "hour", { from: "2014-10-21", to: "2014-10-21" });
    const byHour = truth.by(2);
    expect(hours.map((h) => [h.key, h.impressions, h.clicks])).toEqual(
      [...byHour]
        .sort()
        .map(([k, t]) => [
          `20${k.slice(0, 2)}-${k.slice(2, 4)}-${k.slice(4, 6)}T${k.slice(6)}:00:00Z`,
          t.impressions,
          t.clicks,
        ]),
    );
  });
});

describe("the seed's data tests", () => {
  it("hold over everything imported (generated float and integer ids)", async () => {
    await ingestAvazu(
      pool,
      chunked(
        generatedText({ rows: 3_000, seed: 5, start: "2034-01-01", days: 2, idFormat: "int" }),
      ),
      {
        source: "t-int-ids",
      },
    );
    const results = await runDataTests(pool);
    expect(Object.keys(results).length).toBe(13);
    for (const [name, violations] of Object.entries(results))
      expect([name, violations]).toEqual([name, 0]);
  });

  /** The data tests' counts with one rollup row broken by `sql`, rolled back after. */
  async function dataTestsWithBroken(sql: string) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query(sql);
      return await runDataTests(client);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
  }

  it("catch a rollup that disagrees with the raw events", async () => {
    const results = await dataTestsWithBroken(
      `UPDATE adstats_hourly SET clicks = impressions + 1
        WHERE ctid = (SELECT ctid FROM adstats_hourly WHERE hour >= '2034-01-01Z' LIMIT 1)`,
    );
    expect(results["clicks <= impressions (hourly)"]).toBe(1);
    expect(results["rollups equal a recount of the raw events"]).toBe(1);
    // and the totals tables no longer equal the sum of the cube
    expect(results["daily cube equals the hourly cube"]).toBe(1);
    expect(results["hourly totals equal the hourly cube"]).toBe(1);
  });

  it("catch a text field stored both ways, neither way, or as text when it is hex", async () => {
    const name = "every text field stored once: as hex digits' value or as text";
    // one row (a ctid is only unique within a partition)
    const row = `(segment_id, row_no) =
      (SELECT segment_id, row_no FROM adstats_events WHERE event_hour >= '2034-01-01Z' LIMIT 1)`;
    for (const broken of [
      `UPDATE adstats_events SET odd_ids = '{"site_id": "x"}' WHERE ${row}`,
      `UPDATE adstats_events SET app_id = NULL WHERE ${row}`,
      `UPDATE adstats_events SET device_ip = NULL, odd_ids = '{"device_ip": "0123abcd"}' WHERE ${row}`,
      `UPDATE adstats_events SET odd_ids = '{}' WHERE ${row}`,
      `UPDATE adstats_events SET odd_ids = '{"c14": "x"}' WHERE ${row}`,
      `UPDATE adstats_events SET device_ip = NULL, odd_ids = '{"device_ip": 7}' WHERE ${row}`,
    ]) {
      expect((await dataTestsWithBroken(broken))[name]).toBe(1);
    }
  });

  it("catch a site / app total that disagrees with the site / app rollup", async () => {
    const results = await dataTestsWithBroken(
      `UPDATE adstats_entity_totals SET impressions = impressions + 1
        WHERE ctid = (SELECT ctid FROM adstats_entity_totals WHERE day >= '2034-01-01' LIMIT 1)`,
    );
    expect(results["site and app totals equal the site and app rollup"]).toBe(1);
    expect(results["site and app rollups equal a recount"]).toBe(0);
  });
});
