-- Ad-click import, faster (lib/adstats): exactly-once per segment of 1,000 rows instead
-- of per row. The import COPYs straight into adstats_events and records each segment's
-- content key in adstats_import_segments in the same transaction; a re-run or a
-- re-import skips the segments already recorded (lib/adstats/claim-segments.ts).
-- The old dedupe key (hour, id text, line hash: a random-order text key checked on
-- every row) gives way to (hour, segment id, row within the segment): unique by
-- construction. Segment ids come from blocks of 2^20 per import run (this sequence;
-- lib/adstats/segment-ids.ts).
CREATE SEQUENCE "adstats_segment_blocks";

-- CreateTable
CREATE TABLE "adstats_import_segments" (
    "key" BIGINT NOT NULL,
    "segment_id" BIGINT NOT NULL,
    "import_id" UUID NOT NULL,
    "first_line" BIGINT NOT NULL,
    "rows_read" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adstats_import_segments_pkey" PRIMARY KEY ("key")
);

-- AlterTable: rows imported before this migration keep their line hash as segment id
-- (unique per hour, as the old key was; negative, as no block id is) and row 0.
ALTER TABLE "adstats_events" DROP CONSTRAINT "adstats_events_pkey";
ALTER TABLE "adstats_events" ADD COLUMN "segment_id" BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN "row_no" INTEGER NOT NULL DEFAULT 0;
UPDATE "adstats_events" SET "segment_id" = -1 - "line_hash";
ALTER TABLE "adstats_events" ALTER COLUMN "segment_id" DROP DEFAULT,
    ALTER COLUMN "row_no" DROP DEFAULT;
ALTER TABLE "adstats_events" ADD CONSTRAINT "adstats_events_pkey"
    PRIMARY KEY ("event_hour", "segment_id", "row_no");

-- Every batch updates thousands of rollup rows in place: room on the page keeps those
-- updates HOT (no new index entries).
ALTER TABLE "adstats_hourly" SET (fillfactor = 70);
ALTER TABLE "adstats_entity_daily" SET (fillfactor = 70);
