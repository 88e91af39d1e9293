// The statements that add a batch's deltas to every rollup table, in the batch's
// transaction. Each upsert reads its deltas once (unnest of the arrays built in
// rollup-deltas.ts, or a GROUP BY over rows just stored) into a CTE and writes the
// detailed rollup and its smaller sums from it, so the dashboard's totals tables
// (migration 20261205001000_adstats_totals) can never disagree with the rollups.
// Site / app deltas go through a journal first (migration
// 20261205001100_adstats_entity_journal): the batch appends, a merge every few batches
// upserts (merge-entity-journal.ts).
// Rows are upserted in key order, so two writers (ingest.ts runs two) lock rollup rows
// in the same order and cannot deadlock.

const ADD = `DO UPDATE SET impressions = r.impressions + EXCLUDED.impressions, clicks = r.clicks + EXCLUDED.clicks`;
const DIMS = "device_type, device_conn_type, banner_pos, site_category, app_category";

/** Writes from CTE `cube_d(hour, DIMS, impressions, clicks)`, one row per key. */
const CUBE_WRITES = `
cube_w AS (
  INSERT INTO adstats_hourly AS r (hour, ${DIMS}, impressions, clicks)
  SELECT hour, ${DIMS}, impressions, clicks FROM cube_d ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (hour, ${DIMS}) ${ADD}
), daily_w AS (
  INSERT INTO adstats_daily AS r (day, ${DIMS}, impressions, clicks)
  SELECT (hour AT TIME ZONE 'UTC')::date, ${DIMS}, sum(impressions), sum(clicks)
    FROM cube_d GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (day, ${DIMS}) ${ADD}
), hourly_totals_w AS (
  INSERT INTO adstats_hourly_totals AS r (hour, impressions, clicks)
  SELECT hour, sum(impressions), sum(clicks) FROM cube_d GROUP BY 1 ORDER BY 1
  ON CONFLICT (hour) ${ADD}
)`;

/** Writes from CTE `entity_d(day, kind, entity_id, DIMS, impressions, clicks)`. */
const ENTITY_WRITES = `
entity_w AS (
  INSERT INTO adstats_entity_daily AS r (day, kind, entity_id, ${DIMS}, impressions, clicks)
  SELECT day, kind, entity_id, ${DIMS}, impressions, clicks
    FROM entity_d ORDER BY 2, 1, 3, 4, 5, 6, 7, 8
  ON CONFLICT (kind, day, entity_id, ${DIMS}) ${ADD}
), entity_totals_w AS (
  INSERT INTO adstats_entity_totals AS r (kind, day, entity_id, impressions, clicks)
  SELECT kind, day, entity_id, sum(impressions), sum(clicks)
    FROM entity_d GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
  ON CONFLICT (kind, day, entity_id) ${ADD}
)`;

// Data-modifying CTEs run to completion whether or not the main query reads them.
const statement = (...parts: string[]) => `WITH ${parts.join(",")}\nSELECT 1`;

/** $1..$8: hour (epoch s), DIMS, impressions, clicks — one element per cube key. */
export const UPSERT_CUBE = statement(
  `cube_d AS MATERIALIZED (
  SELECT to_timestamp(h) AS hour, dt AS device_type, ct AS device_conn_type, bp AS banner_pos,
         sc AS site_category, ac AS app_category, i AS impressions, c AS clicks
    FROM unnest($1::bigint[], $2::smallint[], $3::smallint[], $4::smallint[], $5::text[],
                $6::text[], $7::bigint[], $8::bigint[]) AS d(h, dt, ct, bp, sc, ac, i, c))`,
  CUBE_WRITES,
);

export const ENTITY_JOURNAL = "adstats_parts.adstats_entity_journal";

/**
 * COPY of day, kind, entity id, DIMS, impressions, clicks (text format,
 * RollupDeltas.entityCopyText). Appended to the journal, merged into the site / app
 * rollups later by MERGE_ENTITY_JOURNAL: no lookups and no row locks in the batch (the
 * other writer's batch of the same day touches the same sites and apps).
 */
export const APPEND_ENTITIES = `COPY ${ENTITY_JOURNAL}
  (day, kind, entity_id, ${DIMS}, impressions, clicks) FROM STDIN`;

/**
 * Moves every committed journal row into adstats_entity_daily and
 * adstats_entity_totals, summed: one statement, so atomic. Two merges at once are safe:
 * the second waits for the rows the first deletes, then skips them. Grouped in the
 * rollups' key order (kind first), so that the planner knows entity_d comes sorted
 * and skips the two sorts ENTITY_WRITES' ORDER BY and GROUP BY would otherwise take.
 */
export const MERGE_ENTITY_JOURNAL = statement(
  `moved AS (DELETE FROM ${ENTITY_JOURNAL} RETURNING *
), entity_d AS MATERIALIZED (
  SELECT day, kind, entity_id, ${DIMS}, sum(impressions) AS impressions, sum(clicks) AS clicks
    FROM moved GROUP BY 2, 1, 3, 4, 5, 6, 7, 8)`,
  ENTITY_WRITES,
);

/**
 * The same sums counted from the rows of some segments once they are in
 * adstats_events ($1 segment ids, $2..$3 their hours' range, epoch s): for a batch of
 * which only part was written, where the batch's deltas in memory cover too much.
 */
export const UPSERT_FROM_EVENTS = statement(
  `ev AS MATERIALIZED (
  SELECT event_hour, click, site_id, app_id, ${DIMS}
    FROM adstats_events
   WHERE event_hour BETWEEN to_timestamp($2) AND to_timestamp($3)
     AND segment_id = ANY($1::bigint[])
), cube_d AS MATERIALIZED (
  SELECT event_hour AS hour, ${DIMS}, count(*) AS impressions, sum(click) AS clicks
    FROM ev GROUP BY 1, 2, 3, 4, 5, 6
), entity_d AS MATERIALIZED (
  SELECT (event_hour AT TIME ZONE 'UTC')::date AS day, k.kind, k.entity_id, ${DIMS},
         count(*) AS impressions, sum(click) AS clicks
    FROM ev CROSS JOIN LATERAL (VALUES ('s', site_id), ('a', app_id)) AS k(kind, entity_id)
   GROUP BY 1, 2, 3, 4, 5, 6, 7, 8)`,
  CUBE_WRITES,
  ENTITY_WRITES,
);
