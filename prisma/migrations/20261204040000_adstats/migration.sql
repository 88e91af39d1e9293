-- Ad-click analytics (lib/adstats). adstats_events is partitioned by day on
-- event_hour; the import creates one partition per day in schema adstats_parts
-- (outside public, so the partitions are not models of their own).
CREATE SCHEMA IF NOT EXISTS "adstats_parts";

-- CreateTable
CREATE TABLE "adstats_events" (
    "event_hour" TIMESTAMPTZ(0) NOT NULL,
    "id_text" TEXT NOT NULL,
    "line_hash" BIGINT NOT NULL,
    "click" SMALLINT NOT NULL,
    "c1" INTEGER NOT NULL,
    "banner_pos" SMALLINT NOT NULL,
    "site_id" TEXT NOT NULL,
    "site_domain" TEXT NOT NULL,
    "site_category" TEXT NOT NULL,
    "app_id" TEXT NOT NULL,
    "app_domain" TEXT NOT NULL,
    "app_category" TEXT NOT NULL,
    "device_id" TEXT NOT NULL,
    "device_ip" TEXT NOT NULL,
    "device_model" TEXT NOT NULL,
    "device_type" SMALLINT NOT NULL,
    "device_conn_type" SMALLINT NOT NULL,
    "c14" INTEGER NOT NULL,
    "c15" INTEGER NOT NULL,
    "c16" INTEGER NOT NULL,
    "c17" INTEGER NOT NULL,
    "c18" INTEGER NOT NULL,
    "c19" INTEGER NOT NULL,
    "c20" INTEGER NOT NULL,
    "c21" INTEGER NOT NULL,

    CONSTRAINT "adstats_events_pkey" PRIMARY KEY ("event_hour","id_text","line_hash")
) PARTITION BY RANGE ("event_hour");

-- CreateTable
CREATE TABLE "adstats_dead_letters" (
    "source" TEXT NOT NULL,
    "line_no" BIGINT NOT NULL,
    "raw" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolved_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adstats_dead_letters_pkey" PRIMARY KEY ("source","line_no")
);

-- CreateTable
CREATE TABLE "adstats_hourly" (
    "hour" TIMESTAMPTZ(0) NOT NULL,
    "device_type" SMALLINT NOT NULL,
    "device_conn_type" SMALLINT NOT NULL,
    "banner_pos" SMALLINT NOT NULL,
    "site_category" TEXT NOT NULL,
    "app_category" TEXT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,

    CONSTRAINT "adstats_hourly_pkey" PRIMARY KEY ("hour","device_type","device_conn_type","banner_pos","site_category","app_category")
);

-- CreateTable
CREATE TABLE "adstats_entity_daily" (
    "day" DATE NOT NULL,
    "kind" CHAR(1) NOT NULL,
    "entity_id" TEXT NOT NULL,
    "device_type" SMALLINT NOT NULL,
    "device_conn_type" SMALLINT NOT NULL,
    "banner_pos" SMALLINT NOT NULL,
    "site_category" TEXT NOT NULL,
    "app_category" TEXT NOT NULL,
    "impressions" BIGINT NOT NULL,
    "clicks" BIGINT NOT NULL,

    CONSTRAINT "adstats_entity_daily_pkey" PRIMARY KEY ("kind","day","entity_id","device_type","device_conn_type","banner_pos","site_category","app_category")
);

-- CreateTable
CREATE TABLE "adstats_imports" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "rows_read" BIGINT NOT NULL DEFAULT 0,
    "rows_inserted" BIGINT NOT NULL DEFAULT 0,
    "rows_duplicate" BIGINT NOT NULL DEFAULT 0,
    "rows_dead_lettered" BIGINT NOT NULL DEFAULT 0,
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "adstats_imports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "adstats_ctr_models" (
    "id" UUID NOT NULL,
    "bits" INTEGER NOT NULL,
    "weights" BYTEA NOT NULL,
    "metrics" JSONB NOT NULL,
    "trained_on" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "adstats_ctr_models_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "adstats_dead_letters_resolved_at_next_attempt_at_idx" ON "adstats_dead_letters"("resolved_at", "next_attempt_at");

-- CreateIndex
CREATE INDEX "adstats_imports_started_at_idx" ON "adstats_imports"("started_at");

-- CreateIndex
CREATE INDEX "adstats_ctr_models_created_at_idx" ON "adstats_ctr_models"("created_at");
