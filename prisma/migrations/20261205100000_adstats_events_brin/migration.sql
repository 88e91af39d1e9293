-- adstats_events without a primary key (issue 11's import speed). The key
-- (event_hour, segment_id, row_no) is unique by construction (segment ids come in
-- blocks of 2^20 per import run, rows are numbered within their segment) and
-- exactly-once is kept by the segment claims (adstats_import_segments), not by it; its
-- b-tree cost about 40% on top of the COPY itself (3.5 s of Postgres CPU per 2M rows).
-- schema.prisma keeps it as the model's @@id, which Prisma needs to build a client;
-- lib/db/schema-drift.integration.test.ts names it as the one key the database lacks.
ALTER TABLE "adstats_events" DROP CONSTRAINT "adstats_events_pkey";

-- What the key served, a BRIN index serves at a fraction of the cost per row (rows
-- arrive in time and segment order): the recount of a partly written batch
-- (rollup-upserts.ts UPSERT_FROM_EVENTS: an hour range and segment ids) and any
-- time-range read of the raw events.
CREATE INDEX "adstats_events_event_hour_segment_id_idx" ON "adstats_events"
    USING BRIN ("event_hour", "segment_id");
