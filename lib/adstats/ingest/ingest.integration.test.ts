// The import against a real Postgres: accounting to the row, dead letters that say
// why, figures equal to an independent count of the file, exactly-once on re-import,
// gzip / CRLF / stdin-like chunked input, and dead-letter retries with backoff.
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { ingestAvazu } from "./ingest.ts";
import { reportBy, reportTotals } from "../report/report.ts";
import { retryDeadLetters } from "./retry-dead-letters.ts";
import { AVAZU_COLUMNS, eventColumnSql } from "../columns.ts";
import { lineHash } from "./line-hash.ts";
import { chunked, generatedText, independentCount } from "../generator/test-helpers.ts";
import { ENTITY_JOURNAL_ROWS } from "../rollups/rollup-upserts.ts";

afterAll(async () => {
  await pool.end();
});

/** Every 400th line with text fields that are not 8 lowercase hex digits, as a log of
 *  plain names would hold (stored apart from the hex ones: columns.ts, eventTextSql). */
function withPlainNames(text: string): string {
  return text
    .split("\n")
    .map((line, i) => {
      const f = line.split(",");
      if (i % 400 !== 7 || f.length !== 24) return line;
      f[5] = "news.example.com";
      f[10] = "F028772B";
      f[13] = "갤럭시-S24";
      return f.join(",");
    })
    .join("\n");
}

const sorted = (rows: { key: string }[]) => [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));

describe("ingestAvazu", () => {
  // 2031: a year no other test file imports, so the figures are this test's own
  const text = withPlainNames(
    generatedText({
      rows: 6_000,
      seed: 7,
      start: "2031-03-01",
      days: 3,
      malformed: 0.01,
    }),
  );
  const range = { from: "2031-03-01", to: "2031-03-03" };
  const truth = independentCount(text);

  it("stores every valid row, dead-letters the rest with line, raw text and reason", async () => {
    const r = await ingestAvazu(pool, chunked(text, 7_777), {
      source: "t-2031.csv",
      batchRows: 1_000,
    });
    expect(truth.invalidLines.length).toBeGreaterThan(20);
    expect(r).toMatchObject({
      source: "t-2031.csv",
      rowsRead: 6_000,
      rowsStored: truth.valid,
      rowsInserted: truth.valid,
      rowsDuplicate: 0,
      rowsDeadLettered: truth.invalidLines.length,
      blankLines: 0,
      impressions: truth.valid,
      clicks: truth.clicks,
    });
    expect(r.rowsRead).toBe(r.rowsStored + r.rowsDeadLettered);
    const { rows: dead } = await pool.query<{ line_no: string; raw: string; reason: string }>(
      `SELECT line_no, raw, reason FROM adstats_dead_letters WHERE source = 't-2031.csv' ORDER BY line_no`,
    );
    expect(dead.map((d) => Number(d.line_no))).toEqual(truth.invalidLines);
    const lines = text.split("\n");
    for (const d of dead) {
      expect(d.raw).toBe(lines[Number(d.line_no) - 1]);
      expect(d.reason).toMatch(/^(expected 24 columns|click must|hour must|C14 must|id must)/);
    }
  });

  it("stores each valid line's fields as they are in the file, in file order", async () => {
    const dead = new Set(truth.invalidLines);
    const valid = text.split("\n").filter((line, i) => i > 0 && line !== "" && !dead.has(i + 1));
    const cols = AVAZU_COLUMNS.slice(3).map(eventColumnSql);
    const { rows } = await pool.query<{ line: string; line_hash: string; row_no: number }>(
      `SELECT concat_ws(',', id_text, click, to_char(event_hour AT TIME ZONE 'UTC', 'YYMMDDHH24'),
                        ${cols.join(", ")}) AS line, line_hash::text, row_no
         FROM adstats_events
        WHERE event_hour >= '2031-03-01' AND event_hour < '2031-03-04'
        ORDER BY segment_id, row_no`,
    );
    expect(rows.map((r) => r.line)).toEqual(valid);
    expect(rows.map((r) => r.line_hash)).toEqual(valid.map(lineHash));
    // the plain names, and only they, are kept as text
    const { rows: odd } = await pool.query<{ odd_ids: unknown; n: number }>(
      `SELECT odd_ids, count(*)::int AS n FROM adstats_events
        WHERE event_hour >= '2031-03-01' AND event_hour < '2031-03-04' AND odd_ids IS NOT NULL
        GROUP BY 1`,
    );
    expect(odd).toEqual([
      {
        odd_ids: {
          site_id: "news.example.com",
          app_category: "F028772B",
          device_model: "갤럭시-S24",
        },
        n: valid.filter((line) => line.includes(",news.example.com,")).length,
      },
    ]);
    expect(odd[0].n).toBeGreaterThan(5);
  });

  it("reports figures equal to an independent count of the file", async () => {
    // the import merged its site / app journal before it returned
    const { rows: journal } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${ENTITY_JOURNAL_ROWS}
        WHERE day BETWEEN '2031-03-01' AND '2031-03-03'`,
    );
    expect(journal).toEqual([{ n: 0 }]);
    const totals = await reportTotals(pool, range);
    expect(totals).toMatchObject({ impressions: truth.valid, clicks: truth.clicks });
    for (const [by, col] of [
      ["device_type", 14],
      ["banner_pos", 4],
      ["site_category", 7],
      ["app_category", 10],
      ["device_conn_type", 15],
    ] as const) {
      const expected = [...truth.by(col)].map(([key, t]) => ({
        key,
        impressions: t.impressions,
        clicks: t.clicks,
        ctr: t.clicks / t.impressions,
      }));
      expect(sorted(await reportBy(pool, by, range))).toEqual(sorted(expected));
    }
    const day = await reportBy(pool, "day", range);
    expect(day.map((d) => d.key)).toEqual(["2031-03-01", "2031-03-02", "2031-03-03"]);
    expect(day.reduce((s, d) => s + d.impressions, 0)).toBe(truth.valid);
    const sites = await reportBy(pool, "site_id", range, { limit: 5 });
    const expectedSites = [...truth.by(5)]
      .filter(([k]) => k !== "85f751fd")
      .sort((a, b) => b[1].impressions - a[1].impressions || (a[0] < b[0] ? -1 : 1))
      .slice(0, 5)
      .map(([key, t]) => ({
        key,
        impressions: t.impressions,
        clicks: t.clicks,
        ctr: t.clicks / t.impressions,
      }));
    expect(sites).toEqual(expectedSites);
  });

  it("answers equally from the totals tables and from the detailed rollups", async () => {
    // no dimension filter: adstats_hourly_totals and adstats_entity_totals answer; with
    // one, adstats_hourly and adstats_entity_daily: both against the file itself
    const perHour = (t: ReturnType<typeof independentCount>) =>
      [...t.by(2)]
        .sort()
        .map(([k, v]) => [
          `20${k.slice(0, 2)}-${k.slice(2, 4)}-${k.slice(4, 6)}T${k.slice(6)}:00:00Z`,
          v.impressions,
          v.clicks,
        ]);
    const topSites = (t: ReturnType<typeof independentCount>) =>
      [...t.by(5)]
        .filter(([k]) => k !== "85f751fd")
        .sort((a, b) => b[1].impressions - a[1].impressions || (a[0] < b[0] ? -1 : 1))
        .slice(0, 8)
        .map(([k, v]) => [k, v.impressions, v.clicks]);
    const brief = (rows: { key: string; impressions: number; clicks: number }[]) =>
      rows.map((r) => [r.key, r.impressions, r.clicks]);
    const lines = text.split("\n");
    const mobile = independentCount(lines.filter((l) => l.split(",")[14] === "1").join("\n"));
    const filtered = { ...range, deviceType: 1 };
    expect(mobile.valid).toBeGreaterThan(1000);
    expect(mobile.valid).toBeLessThan(truth.valid);
    expect(brief(await reportBy(pool, "hour", range))).toEqual(perHour(truth));
    expect(brief(await reportBy(pool, "hour", filtered))).toEqual(perHour(mobile));
    expect(brief(await reportBy(pool, "site_id", range, { limit: 8 }))).toEqual(topSites(truth));
    expect(brief(await reportBy(pool, "site_id", filtered, { limit: 8 }))).toEqual(
      topSites(mobile),
    );
    expect(await reportTotals(pool, filtered)).toMatchObject({
      impressions: mobile.valid,
      clicks: mobile.clicks,
    });
  });

  it("adds nothing when the same file is imported again (gzipped, CRLF, other chunking)", async () => {
    const before = await reportTotals(pool, range);
    const crlfGz = gzipSync(Buffer.from(text.replaceAll("\n", "\r\n")));
    const r = await ingestAvazu(pool, chunked(crlfGz, 1_000), {
      source: "t-2031.csv",
      batchRows: 777,
    });
    expect(r).toMatchObject({
      rowsRead: 6_000,
      rowsStored: truth.valid,
      rowsInserted: 0,
      rowsDuplicate: truth.valid,
      rowsDeadLettered: truth.invalidLines.length,
    });
    expect(await reportTotals(pool, range)).toEqual(before);
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM adstats_dead_letters WHERE source = 't-2031.csv'`,
    );
    expect(rows[0].n).toBe(truth.invalidLines.length);
  });

  it("keeps the dead letters of two different inputs that share a name (stdin twice)", async () => {
    const input = (seed: number, bad: string) => {
      const lines = generatedText({ rows: 4, seed, start: "2034-07-07", days: 1 })
        .trim()
        .split("\n");
      lines[3] = lines[3].replace(/,(\d{8}),/, `,${bad},`); // line 4: the third row
      return lines.join("\n");
    };
    for (const [seed, bad] of [
      [21, "14022900"],
      [22, "14103099"],
    ] as const) {
      const r = await ingestAvazu(pool, chunked(input(seed, bad)), { source: "t-stdin" });
      expect(r).toMatchObject({ rowsRead: 4, rowsStored: 3, rowsDeadLettered: 1 });
    }
    const { rows } = await pool.query(
      `SELECT line_no::int, reason FROM adstats_dead_letters WHERE source = 't-stdin' ORDER BY id`,
    );
    expect(rows).toEqual([
      { line_no: 4, reason: 'hour must be a valid YYMMDDHH, found "14022900"' },
      { line_no: 4, reason: 'hour must be a valid YYMMDDHH, found "14103099"' },
    ]);
  });

  it("stores only the segments it has not seen of a file that extends one imported before", async () => {
    // 2036: this test's own year. The first file is the second's first 2,000 rows (two
    // whole segments); the second goes in one batch of five segments, of which two are
    // stored already: the batch writes the other three, rollups counted from them.
    const options = { rows: 5_000, seed: 13, start: "2036-02-01", days: 2, malformed: 0.01 };
    const full = generatedText(options);
    const lines = full.split("\n");
    const prefix = lines.slice(0, 2_001).join("\n") + "\n";
    const first = await ingestAvazu(pool, chunked(prefix), {
      source: "t-2036-a.csv",
      batchRows: 1_000,
    });
    const truthPrefix = independentCount(prefix);
    expect(first.rowsInserted).toBe(truthPrefix.valid);
    const r = await ingestAvazu(pool, chunked(full), { source: "t-2036-b.csv", batchRows: 5_000 });
    const truth = independentCount(full);
    expect(r).toMatchObject({
      rowsRead: 5_000,
      rowsStored: truth.valid,
      rowsDuplicate: truthPrefix.valid,
      rowsInserted: truth.valid - truthPrefix.valid,
      rowsDeadLettered: truth.invalidLines.length,
    });
    const range = { from: "2036-02-01", to: "2036-02-02" };
    expect(await reportTotals(pool, range)).toMatchObject({
      impressions: truth.valid,
      clicks: truth.clicks,
    });
    const expected = [...truth.by(14)].map(([key, t]) => ({
      key,
      impressions: t.impressions,
      clicks: t.clicks,
      ctr: t.clicks / t.impressions,
    }));
    expect(sorted(await reportBy(pool, "device_type", range))).toEqual(sorted(expected));
    const sites = await reportBy(pool, "site_id", range, { limit: 3 });
    for (const site of sites) expect(site.impressions).toBe(truth.by(5).get(site.key)?.impressions);
  });

  it("stores only the new rows of a file that grew past its short last segment, twice", async () => {
    // 2037: this test's own year. 2,345 rows end in a short segment of 345; the file
    // grows to 2,700 (that segment now 700 rows) and then to 5,000 (1,000): each import
    // writes the rows after those stored, however the seam segment was cut before.
    const options = { rows: 5_000, seed: 17, start: "2037-04-01", days: 2, malformed: 0.01 };
    const lines = generatedText(options).split("\n");
    const upTo = (rows: number) => lines.slice(0, rows + 1).join("\n") + "\n";
    const range = { from: "2037-04-01", to: "2037-04-02" };
    let stored = 0;
    for (const [n, source] of [
      [2_345, "t-2037.csv"],
      [2_700, "t-2037.csv"],
      [5_000, "t-2037-final.csv"],
    ] as const) {
      const truth = independentCount(upTo(n));
      const r = await ingestAvazu(pool, chunked(upTo(n)), { source, batchRows: 2_000 });
      expect(r, `${n} rows`).toMatchObject({
        rowsRead: n,
        rowsStored: truth.valid,
        rowsInserted: truth.valid - stored,
        rowsDuplicate: stored,
      });
      stored = truth.valid;
      expect(await reportTotals(pool, range), `${n} rows`).toMatchObject({
        impressions: truth.valid,
        clicks: truth.clicks,
      });
      const { rows } = await pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM adstats_events
          WHERE event_hour >= '2037-04-01' AND event_hour < '2037-04-03'`,
      );
      expect(rows[0].n, `${n} rows`).toBe(truth.valid);
    }
    const sites = await reportBy(pool, "site_id", range, { limit: 5 });
    const truth = independentCount(upTo(5_000));
    for (const site of sites) expect(site.impressions).toBe(truth.by(5).get(site.key)?.impressions);
    // each malformed line dead-lettered once, by the import that first read it
    const { rows } = await pool.query<{ line_no: string }>(
      `SELECT line_no::text FROM adstats_dead_letters d WHERE source LIKE 't-2037%' ORDER BY d.line_no`,
    );
    expect(truth.invalidLines.length).toBeGreaterThan(10);
    expect(rows.map((r) => Number(r.line_no))).toEqual(truth.invalidLines);
  });

  it("refuses a file whose header is not Avazu's, and marks the import failed", async () => {
    await expect(
      ingestAvazu(pool, chunked("id,click,hour\n1,0,14102100\n"), { source: "t-bad-header" }),
    ).rejects.toThrow(/unexpected header/);
    const { rows } = await pool.query(
      `SELECT status FROM adstats_imports WHERE source = 't-bad-header'`,
    );
    expect(rows).toEqual([{ status: "failed" }]);
  });

  it("reads a header with spaces around its names (a spreadsheet's export) as Avazu's", async () => {
    const [header, ...body] = generatedText({ rows: 3, seed: 13, start: "2033-08-08", days: 1 })
      .trim()
      .split("\n");
    const spaced = header!.split(",").join(", ") + " \r";
    const r = await ingestAvazu(pool, chunked([spaced, ...body].join("\n")), {
      source: "t-spaced-header",
    });
    expect(r).toMatchObject({ rowsRead: 3, rowsStored: 3, rowsDeadLettered: 0 });
  });
});

describe("retryDeadLetters", () => {
  it("stores rows fixed since, backs off the rest, and gives up after maxAttempts", async () => {
    const good = generatedText({ rows: 2, seed: 9, start: "2032-05-05", days: 1, header: false })
      .trim()
      .split("\n");
    const broken = good.map((l) => l.replace(/,(\d{8}),/, ",$1x,"));
    const r = await ingestAvazu(pool, chunked(broken.join("\n")), { source: "t-retry" });
    expect(r).toMatchObject({ rowsRead: 2, rowsDeadLettered: 2, rowsStored: 0 });
    // "the fix": line 1 is repaired at the source; line 2 stays broken
    await pool.query(
      `UPDATE adstats_dead_letters SET raw = $1 WHERE source = 't-retry' AND line_no = 1`,
      [good[0]],
    );
    const first = await retryDeadLetters(pool, { maxAttempts: 2, baseDelaySeconds: 3600 });
    expect(first).toMatchObject({ resolved: 1, inserted: 1 });
    expect(first.stillFailing).toBeGreaterThanOrEqual(1);
    const { rows } = await pool.query(
      `SELECT line_no::int, attempts, resolved_at IS NOT NULL AS resolved,
              next_attempt_at > now() + interval '59 minutes' AS backing_off
         FROM adstats_dead_letters WHERE source = 't-retry' ORDER BY line_no`,
    );
    expect(rows).toEqual([
      { line_no: 1, attempts: 1, resolved: true, backing_off: false },
      { line_no: 2, attempts: 1, resolved: false, backing_off: true },
    ]);
    expect((await reportTotals(pool, { from: "2032-05-05", to: "2032-05-05" })).impressions).toBe(
      1,
    );
    // backing off: not retried now
    await retryDeadLetters(pool, { maxAttempts: 2, baseDelaySeconds: 3600 });
    const again = await pool.query(
      `SELECT attempts FROM adstats_dead_letters WHERE source = 't-retry' AND line_no = 2`,
    );
    expect(again.rows[0].attempts).toBe(1);
    // due again, fails again: attempts used up, counted as exhausted and never picked up
    // again. Due a second ago, not now(): next_attempt_at keeps milliseconds, and now()
    // rounded up could still lie ahead of the retry's own now() (a failure seen once)
    await pool.query(
      `UPDATE adstats_dead_letters SET next_attempt_at = now() - interval '1 second' WHERE source = 't-retry'`,
    );
    const last = await retryDeadLetters(pool, { maxAttempts: 2, baseDelaySeconds: 1 });
    expect(last.exhausted).toBeGreaterThanOrEqual(1);
    await pool.query(
      `UPDATE adstats_dead_letters SET next_attempt_at = now() - interval '1 second' WHERE source = 't-retry'`,
    );
    await retryDeadLetters(pool, { maxAttempts: 2, baseDelaySeconds: 1 });
    const final = await pool.query(
      `SELECT attempts FROM adstats_dead_letters WHERE source = 't-retry' AND line_no = 2`,
    );
    expect(final.rows[0].attempts).toBe(2);
  });

  it("counts only space, tab and CR lines as blank: a stray byte-order mark or NBSP is a row", async () => {
    const rows = generatedText({ rows: 2, seed: 12, start: "2033-07-07", days: 1, header: false })
      .trim()
      .split("\n");
    const text = [rows[0], " \t\r", "\ufeff", "\u00a0", "", rows[1]].join("\n");
    const r = await ingestAvazu(pool, chunked(text), { source: "t-blank-kinds" });
    expect(r).toMatchObject({ rowsRead: 4, rowsStored: 2, rowsDeadLettered: 2, blankLines: 2 });
    const { rows: dead } = await pool.query(
      `SELECT line_no::int AS line FROM adstats_dead_letters WHERE source = 't-blank-kinds' ORDER BY 1`,
    );
    expect(dead.map((d) => d.line)).toEqual([3, 4]);
  });

  it("never stores a line whose stored text lost bytes (a NUL, bytes that are not UTF-8)", async () => {
    const [line] = generatedText({ rows: 1, seed: 11, start: "2033-06-06", days: 1, header: false })
      .trim()
      .split("\n");
    const fields = line.split(",");
    fields[7] = "ab\u0000cd"; // site_category
    const r = await ingestAvazu(pool, chunked(fields.join(",")), { source: "t-retry-nul" });
    expect(r).toMatchObject({ rowsRead: 1, rowsDeadLettered: 1, rowsStored: 0 });
    // Postgres text holds no NUL: the dead letter keeps U+FFFD in its place
    const stored = await pool.query(
      `SELECT raw, reason FROM adstats_dead_letters WHERE source = 't-retry-nul'`,
    );
    expect(stored.rows[0]).toEqual({
      raw: fields.join(",").replace("\u0000", "\ufffd"),
      reason: "line contains control character 0",
    });
    await retryDeadLetters(pool, { maxAttempts: 2, baseDelaySeconds: 3600 });
    const after = await pool.query(
      `SELECT resolved_at IS NULL AS open, attempts, reason FROM adstats_dead_letters
        WHERE source = 't-retry-nul'`,
    );
    expect(after.rows).toEqual([
      { open: true, attempts: 1, reason: "line contains bytes that are not UTF-8 (or a NUL byte)" },
    ]);
    expect((await reportTotals(pool, { from: "2033-06-06", to: "2033-06-06" })).impressions).toBe(
      0,
    );
  });
});
