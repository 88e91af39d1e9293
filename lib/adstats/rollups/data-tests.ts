// The data tests the seed's dbt project ran, as SQL over the imported data: each
// returns the number of violating rows (0 = pass). Run by the integration tests.
//
// "No duplicate ids": Avazu ids written in float notation (1.4199688212321208e+19)
// have lost digits, so different events can share one; for them the rule is "no two
// stored rows with the same hour and line" (the dedupe key). Ids in integer notation
// keep every digit and must be unique outright.
import type { Queryable } from "../../reporting/queryable.ts";
import { TEXT_COLUMNS } from "../columns.ts";
import { ENTITY_JOURNAL_ROWS } from "./rollup-upserts.ts";

export const DATA_TESTS: Record<string, string> = {
  "clicks <= impressions (hourly)": `SELECT count(*) FROM adstats_hourly WHERE clicks > impressions OR impressions <= 0 OR clicks < 0`,
  "clicks <= impressions (site / app daily)": `SELECT count(*) FROM adstats_entity_daily WHERE clicks > impressions OR impressions <= 0 OR clicks < 0`,
  "CTR within [0, 1] per day": `SELECT count(*) FROM (
      SELECT sum(clicks)::float / nullif(sum(impressions), 0) AS ctr FROM adstats_hourly
       GROUP BY date_trunc('day', hour)) d WHERE ctr IS NULL OR ctr < 0 OR ctr > 1`,
  "unique keys: one cube row per hour and dimensions": `SELECT count(*) FROM (
      SELECT 1 FROM adstats_hourly
       GROUP BY hour, device_type, device_conn_type, banner_pos, site_category, app_category
      HAVING count(*) > 1) d`,
  "rollups equal a recount of the raw events": `SELECT count(*) FROM (
      SELECT event_hour AS hour, count(*) AS impressions, sum(click) AS clicks FROM adstats_events GROUP BY 1) raw
      FULL JOIN (SELECT hour, sum(impressions) AS impressions, sum(clicks) AS clicks FROM adstats_hourly GROUP BY 1) cube
      USING (hour)
     WHERE raw.impressions IS DISTINCT FROM cube.impressions OR raw.clicks IS DISTINCT FROM cube.clicks`,
  "site and app rollups equal a recount": `SELECT count(*) FROM (
      SELECT (event_hour AT TIME ZONE 'UTC')::date AS day, count(*) AS impressions, sum(click) AS clicks
        FROM adstats_events GROUP BY 1) raw
      FULL JOIN (SELECT day, sum(impressions) AS impressions, sum(clicks) AS clicks
                   FROM (SELECT day, kind, impressions, clicks FROM adstats_entity_daily
                         UNION ALL SELECT day, kind, impressions, clicks FROM ${ENTITY_JOURNAL_ROWS}) e
                  WHERE kind = 's' GROUP BY 1) ent USING (day)
     WHERE raw.impressions IS DISTINCT FROM ent.impressions OR raw.clicks IS DISTINCT FROM ent.clicks`,
  // the dashboard's totals tables (rollup-upserts.ts) against the rollups they sum (the
  // site / app journal is merged into both in one statement: left out of both here)
  "daily cube equals the hourly cube": `SELECT count(*) FROM (
      SELECT (hour AT TIME ZONE 'UTC')::date AS day, device_type, device_conn_type, banner_pos,
             site_category, app_category, sum(impressions) AS impressions, sum(clicks) AS clicks
        FROM adstats_hourly GROUP BY 1, 2, 3, 4, 5, 6) cube
      FULL JOIN adstats_daily daily
      USING (day, device_type, device_conn_type, banner_pos, site_category, app_category)
     WHERE cube.impressions IS DISTINCT FROM daily.impressions OR cube.clicks IS DISTINCT FROM daily.clicks`,
  "hourly totals equal the hourly cube": `SELECT count(*) FROM (
      SELECT hour, sum(impressions) AS impressions, sum(clicks) AS clicks FROM adstats_hourly GROUP BY 1) cube
      FULL JOIN adstats_hourly_totals t USING (hour)
     WHERE cube.impressions IS DISTINCT FROM t.impressions OR cube.clicks IS DISTINCT FROM t.clicks`,
  "site and app totals equal the site and app rollup": `SELECT count(*) FROM (
      SELECT kind, day, entity_id, sum(impressions) AS impressions, sum(clicks) AS clicks
        FROM adstats_entity_daily GROUP BY 1, 2, 3) ent
      FULL JOIN adstats_entity_totals t USING (kind, day, entity_id)
     WHERE ent.impressions IS DISTINCT FROM t.impressions OR ent.clicks IS DISTINCT FROM t.clicks`,
  "valid timestamps (on the hour, 2000-2099)": `SELECT count(*) FROM adstats_hourly
     WHERE date_trunc('hour', hour) <> hour OR hour < '2000-01-01Z' OR hour >= '2100-01-01Z'`,
  "no duplicate ids (integer notation)": `SELECT count(*) FROM (
      SELECT id_text FROM adstats_events WHERE id_text ~ '^[0-9]+$' GROUP BY id_text HAVING count(*) > 1) d`,
  // columns.ts, eventTextSql: a text field is its hex value or, otherwise, in odd_ids
  // and odd_ids holds text under text columns' names only, or is NULL
  "every text field stored once: as hex digits' value or as text": `SELECT count(*) FROM adstats_events
     WHERE ${TEXT_COLUMNS.map(
       (c) => `(${c} IS NULL) IS DISTINCT FROM coalesce(odd_ids ? '${c}', false)
             OR odd_ids ->> '${c}' ~ '^[0-9a-f]{8}$'`,
     ).join("\n        OR ")}
        OR odd_ids = '{}'
        OR EXISTS (SELECT 1 FROM jsonb_each(odd_ids) o
                    WHERE o.key NOT IN (${TEXT_COLUMNS.map((c) => `'${c}'`).join(", ")})
                       OR jsonb_typeof(o.value) <> 'string')`,
  "no duplicate rows (hour + line)": `SELECT count(*) FROM (
      SELECT 1 FROM adstats_events GROUP BY event_hour, line_hash HAVING count(*) > 1) d`,
};

export async function runDataTests(db: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, sql] of Object.entries(DATA_TESTS)) {
    const { rows } = await db.query<{ count: string }>(sql);
    out[name] = Number(rows[0].count);
  }
  return out;
}
