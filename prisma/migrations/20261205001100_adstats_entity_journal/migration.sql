-- Ad import, cheaper site / app rollups (lib/adstats/rollups/rollup-upserts.ts): a batch appends
-- its site / app deltas to this journal (no index, no lock, no read) in its own
-- transaction instead of upserting them into adstats_entity_daily and
-- adstats_entity_totals; every few batches, and at the end of an import, one statement
-- moves the whole journal into them (DELETE ... RETURNING, summed, upserted: atomic, so
-- each delta is counted exactly once). Batches of the same day touch the same
-- site / app rows again and again: summed first, a day's rows are upserted a few times
-- instead of once per batch. Readers add the journal to the rollups (report.ts,
-- data-tests.ts), so figures are exact before a merge too. In schema adstats_parts (as the
-- events' partitions): an internal buffer, not a model of its own.
-- IF NOT EXISTS: the schema-drift test applies every migration again into a scratch
-- schema, and this table, schema-qualified, exists there already.
CREATE TABLE IF NOT EXISTS "adstats_parts"."adstats_entity_journal" (
    "day" DATE NOT NULL,
    "kind" CHAR(1) NOT NULL,
    "entity_id" TEXT NOT NULL,
    "device_type" SMALLINT NOT NULL,
    "device_conn_type" SMALLINT NOT NULL,
    "banner_pos" SMALLINT NOT NULL,
    "site_category" TEXT NOT NULL,
    "app_category" TEXT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL
);
