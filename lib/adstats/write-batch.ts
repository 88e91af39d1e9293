// Writes one batch in one transaction: COPY the parsed rows into a temporary staging
// table, insert-select them into adstats_events skipping rows already stored (the
// primary key is the dedupe key), add only the rows actually inserted to the rollups,
// record the batch's dead letters and the import's counters. A crash before COMMIT
// leaves nothing of the batch; after COMMIT, everything — so a re-run after a kill
// ends with exactly the counts of a clean run.
import type pg from "pg";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { from as copyFrom } from "pg-copy-streams";
import { STAGING_COLUMNS } from "./parse-line.ts";

export type DeadLetter = { source: string; lineNo: number; raw: string; reason: string };

export type Batch = {
  /** Staging rows in COPY's CSV format (parse-line.ts), without line breaks. */
  rows: string[];
  /** UTC days ("YYYY-MM-DD") the rows fall on. */
  days: Set<string>;
  deadLetters: DeadLetter[];
};

export type BatchResult = { inserted: number; insertedClicks: number };

const STAGING_DDL = `CREATE TEMP TABLE IF NOT EXISTS adstats_staging (
  event_epoch bigint, line_hash bigint, id_text text, click smallint, hour_text text, c1 integer,
  banner_pos smallint, site_id text, site_domain text, site_category text, app_id text,
  app_domain text, app_category text, device_id text, device_ip text, device_model text,
  device_type smallint, device_conn_type smallint, c14 integer, c15 integer, c16 integer,
  c17 integer, c18 integer, c19 integer, c20 integer, c21 integer
) ON COMMIT DELETE ROWS`;

const EVENT_COLUMNS = STAGING_COLUMNS.filter((c) => c !== "event_epoch" && c !== "hour_text").join(
  ", ",
);

const INSERT_SELECT = `
WITH ins AS (
  INSERT INTO adstats_events (event_hour, ${EVENT_COLUMNS})
  SELECT to_timestamp(event_epoch), ${EVENT_COLUMNS} FROM adstats_staging
  ON CONFLICT DO NOTHING
  RETURNING event_hour, click, banner_pos, site_id, site_category, app_id, app_category,
            device_type, device_conn_type
), hourly AS (
  INSERT INTO adstats_hourly AS r
    (hour, device_type, device_conn_type, banner_pos, site_category, app_category, impressions, clicks)
  SELECT event_hour, device_type, device_conn_type, banner_pos, site_category, app_category,
         count(*), sum(click)
    FROM ins GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (hour, device_type, device_conn_type, banner_pos, site_category, app_category)
  DO UPDATE SET impressions = r.impressions + EXCLUDED.impressions,
                clicks = r.clicks + EXCLUDED.clicks
), entity AS (
  INSERT INTO adstats_entity_daily AS r
    (day, kind, entity_id, device_type, device_conn_type, banner_pos, site_category, app_category,
     impressions, clicks)
  SELECT (event_hour AT TIME ZONE 'UTC')::date, k.kind, k.entity_id, device_type,
         device_conn_type, banner_pos, site_category, app_category, count(*), sum(click)
    FROM ins CROSS JOIN LATERAL (VALUES ('s', site_id), ('a', app_id)) AS k(kind, entity_id)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 2, 1, 3, 4, 5, 6, 7, 8
  ON CONFLICT (kind, day, entity_id, device_type, device_conn_type, banner_pos, site_category, app_category)
  DO UPDATE SET impressions = r.impressions + EXCLUDED.impressions,
                clicks = r.clicks + EXCLUDED.clicks
)
SELECT count(*)::int AS inserted, coalesce(sum(click), 0)::int AS clicks FROM ins`;

const COPY_CHUNK_ROWS = 2_000;

function* copyChunks(rows: string[]): Generator<string> {
  for (let i = 0; i < rows.length; i += COPY_CHUNK_ROWS) {
    yield rows.slice(i, i + COPY_CHUNK_ROWS).join("\n") + "\n";
  }
}

/**
 * Batches of one import run on two connections at once (ingest.ts), and imports may
 * run side by side: rollup rows are upserted in key order, so two writers lock them in
 * the same order and cannot deadlock (a rare deadlock on duplicate lines is retried by
 * with-retries.ts). The days' partitions must exist first (partitions.ts).
 * Runs inside the caller's transaction (see ingest.ts / retry-dead-letters.ts, which
 * add their own bookkeeping to the same transaction).
 */
export async function writeBatch(client: pg.ClientBase, batch: Batch): Promise<BatchResult> {
  let result: BatchResult = { inserted: 0, insertedClicks: 0 };
  if (batch.rows.length > 0) {
    await client.query(STAGING_DDL);
    const copy = client.query(
      copyFrom(`COPY adstats_staging (${STAGING_COLUMNS.join(", ")}) FROM STDIN (FORMAT csv)`),
    );
    await pipeline(Readable.from(copyChunks(batch.rows)), copy);
    const { rows } = await client.query<{ inserted: number; clicks: number }>(INSERT_SELECT);
    result = { inserted: rows[0].inserted, insertedClicks: rows[0].clicks };
  }
  if (batch.deadLetters.length > 0) {
    const d = batch.deadLetters;
    await client.query(
      `INSERT INTO adstats_dead_letters (source, line_no, raw, reason)
       SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[])
       ON CONFLICT (source, line_no) DO NOTHING`,
      [d.map((x) => x.source), d.map((x) => x.lineNo), d.map((x) => x.raw), d.map((x) => x.reason)],
    );
  }
  return result;
}
