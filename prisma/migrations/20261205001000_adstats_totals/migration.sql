-- Ad-stats dashboard at 10M+ rows (lib/adstats/report/report.ts): smaller rollups beside the
-- two detailed ones, kept up to date by the same upsert statements as those
-- (lib/adstats/rollups/rollup-upserts.ts), so in the same transaction. A query reads the
-- smallest table that answers its filters (filters are whole UTC days):
--   adstats_daily          the cube per day: totals, the daily series and every
--                          breakdown by a dimension (~12x fewer rows than the hourly cube)
--   adstats_hourly_totals  per hour, no dimensions: the hourly series without dimension filters
--   adstats_entity_totals  per day and site / app, no dimensions: top sites / apps
--                          without dimension filters (~6x fewer rows)
-- Each is filled here from the detailed rollup it sums, so data imported before stays
-- answerable; the data tests check that each equals the sum of its detailed rollup.

-- CreateTable
CREATE TABLE "adstats_daily" (
    "day" DATE NOT NULL,
    "device_type" SMALLINT NOT NULL,
    "device_conn_type" SMALLINT NOT NULL,
    "banner_pos" SMALLINT NOT NULL,
    "site_category" TEXT NOT NULL,
    "app_category" TEXT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,

    CONSTRAINT "adstats_daily_pkey" PRIMARY KEY ("day","device_type","device_conn_type","banner_pos","site_category","app_category")
);

-- CreateTable
CREATE TABLE "adstats_hourly_totals" (
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,

    CONSTRAINT "adstats_hourly_totals_pkey" PRIMARY KEY ("hour")
);

-- CreateTable
CREATE TABLE "adstats_entity_totals" (
    "kind" CHAR(1) NOT NULL,
    "day" DATE NOT NULL,
    "entity_id" TEXT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,

    CONSTRAINT "adstats_entity_totals_pkey" PRIMARY KEY ("kind","day","entity_id")
);

-- updated in place by every batch, as the detailed rollups are: keep the updates HOT
ALTER TABLE "adstats_daily" SET (fillfactor = 70);
ALTER TABLE "adstats_hourly_totals" SET (fillfactor = 70);
ALTER TABLE "adstats_entity_totals" SET (fillfactor = 70);

INSERT INTO "adstats_daily"
SELECT ("hour" AT TIME ZONE 'UTC')::date, "device_type", "device_conn_type", "banner_pos",
       "site_category", "app_category", sum("impressions"), sum("clicks")
  FROM "adstats_hourly" GROUP BY 1, 2, 3, 4, 5, 6;

INSERT INTO "adstats_hourly_totals"
SELECT "hour", sum("impressions"), sum("clicks") FROM "adstats_hourly" GROUP BY 1;

INSERT INTO "adstats_entity_totals"
SELECT "kind", "day", "entity_id", sum("impressions"), sum("clicks")
  FROM "adstats_entity_daily" GROUP BY 1, 2, 3;
