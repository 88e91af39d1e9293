-- CreateTable
CREATE TABLE "performance_minutely" (
    "match_id" UUID NOT NULL,
    "bucket" TIMESTAMPTZ(0) NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "performance_minutely_pkey" PRIMARY KEY ("match_id","bucket")
);

-- CreateIndex
CREATE INDEX "performance_minutely_campaign_id_bucket_idx" ON "performance_minutely"("campaign_id", "bucket");

-- CreateTable
CREATE TABLE "performance_hourly" (
    "match_id" UUID NOT NULL,
    "bucket" TIMESTAMPTZ(0) NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "performance_hourly_pkey" PRIMARY KEY ("match_id","bucket")
);

-- CreateIndex
CREATE INDEX "performance_hourly_campaign_id_bucket_idx" ON "performance_hourly"("campaign_id", "bucket");

-- CreateTable
CREATE TABLE "performance_daily" (
    "match_id" UUID NOT NULL,
    "bucket" TIMESTAMPTZ(0) NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "orders" INTEGER NOT NULL DEFAULT 0,
    "refunds" INTEGER NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "performance_daily_pkey" PRIMARY KEY ("match_id","bucket")
);

-- CreateIndex
CREATE INDEX "performance_daily_campaign_id_bucket_idx" ON "performance_daily"("campaign_id", "bucket");

-- CreateTable
CREATE TABLE "match_videos" (
    "id" UUID NOT NULL,
    "match_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "video_id" TEXT NOT NULL,
    "linked_by_id" UUID,
    "linked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "baseline_at" TIMESTAMPTZ(3),
    "baseline_views" BIGINT,
    "baseline_likes" BIGINT,
    "baseline_comments" BIGINT,
    "last_synced_at" TIMESTAMPTZ(3),
    "last_sync_error" TEXT,

    CONSTRAINT "match_videos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "video_stat_snapshots" (
    "match_video_id" UUID NOT NULL,
    "day" DATE NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "views" BIGINT NOT NULL,
    "likes" BIGINT NOT NULL,
    "comments" BIGINT NOT NULL,

    CONSTRAINT "video_stat_snapshots_pkey" PRIMARY KEY ("match_video_id","day")
);

-- CreateIndex
CREATE UNIQUE INDEX "match_videos_match_id_video_id_key" ON "match_videos"("match_id", "video_id");

-- CreateIndex
CREATE INDEX "match_videos_campaign_id_idx" ON "match_videos"("campaign_id");

-- AddForeignKey
ALTER TABLE "match_videos" ADD CONSTRAINT "match_videos_match_id_fkey" FOREIGN KEY ("match_id") REFERENCES "matches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "video_stat_snapshots" ADD CONSTRAINT "video_stat_snapshots_match_video_id_fkey" FOREIGN KEY ("match_video_id") REFERENCES "match_videos"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── Incremental rollups (not expressible in schema.prisma) ─────────────
-- Every statement that changes clicks or conversions hands its rows (transition tables)
-- to one statement-level trigger, which sums them per match and minute and adds the
-- signed deltas to the minute, hour and day rows: three upserts per statement, however
-- many rows it carries, so the redirect's batched INSERT pays once per batch. Concurrent
-- statements add (ON CONFLICT DO UPDATE SET x = x + excluded.x); every statement locks
-- rows in the same order (minute, hour, day table; match, bucket within each), so two
-- batches wait for each other instead of deadlocking. Rows without a match (unattributed
-- orders) are not part of any campaign report.

-- Adds per-minute deltas to the three grains. Day = Korea day (UTC+9, no DST), so a
-- minute bucket falls in the same day as the events it sums.
CREATE FUNCTION performance_apply(
    p_match UUID[], p_campaign UUID[], p_creator UUID[], p_minute TIMESTAMPTZ[],
    p_clicks INTEGER[], p_orders INTEGER[], p_refunds INTEGER[], p_revenue BIGINT[]
) RETURNS void LANGUAGE sql AS $$
  WITH d AS (
    SELECT * FROM unnest(p_match, p_campaign, p_creator, p_minute, p_clicks, p_orders, p_refunds, p_revenue)
      AS t(match_id, campaign_id, creator_id, minute, clicks, orders, refunds, revenue)
  ), minutely AS (
    INSERT INTO performance_minutely AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
    SELECT match_id, minute, campaign_id, creator_id, clicks, orders, refunds, revenue
      FROM d ORDER BY match_id, minute
    ON CONFLICT (match_id, bucket) DO UPDATE SET
      clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
      refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue
  ), hourly AS (
    INSERT INTO performance_hourly AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
    SELECT match_id, date_trunc('hour', minute), campaign_id, creator_id,
           sum(clicks), sum(orders), sum(refunds), sum(revenue)
      FROM d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2
    ON CONFLICT (match_id, bucket) DO UPDATE SET
      clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
      refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue
  )
  INSERT INTO performance_daily AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
  SELECT match_id, date_trunc('day', minute, 'Asia/Seoul'), campaign_id, creator_id,
         sum(clicks), sum(orders), sum(refunds), sum(revenue)
    FROM d GROUP BY 1, 2, 3, 4 ORDER BY 1, 2
  ON CONFLICT (match_id, bucket) DO UPDATE SET
    clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
    refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue;
$$;

-- Clicks are append-only, but a deleted link (or match) cascades to its clicks, and a
-- correction may move one: DELETE and UPDATE take the old rows back out, so the rollups
-- always equal a recount.
CREATE FUNCTION performance_clicks_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(n), array_agg(0), array_agg(0), array_agg(0::bigint))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', clicked_at) AS minute,
                   count(*)::int AS n
              FROM new_rows GROUP BY 1, 2, 3, 4) d;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(-n), array_agg(0), array_agg(0), array_agg(0::bigint))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', clicked_at) AS minute,
                   count(*)::int AS n
              FROM old_rows GROUP BY 1, 2, 3, 4) d;
  ELSE
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(n), array_agg(0), array_agg(0), array_agg(0::bigint))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', clicked_at) AS minute,
                   sum(sign)::int AS n
              FROM (SELECT match_id, campaign_id, creator_id, clicked_at, 1 AS sign FROM new_rows
                    UNION ALL
                    SELECT match_id, campaign_id, creator_id, clicked_at, -1 FROM old_rows) u
             GROUP BY 1, 2, 3, 4) d;
  END IF;
  RETURN NULL;
END $$;

-- Conversions may also be corrected (UPDATE: re-attribution, amount): old rows out,
-- new rows in, in one apply.
CREATE FUNCTION performance_conversions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(0), array_agg(o), array_agg(r), array_agg(rev))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', occurred_at) AS minute,
                   count(*) FILTER (WHERE kind = 'ORDER')::int AS o,
                   count(*) FILTER (WHERE kind = 'REFUND')::int AS r, sum(amount)::bigint AS rev
              FROM new_rows WHERE match_id IS NOT NULL GROUP BY 1, 2, 3, 4) d;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(0), array_agg(-o), array_agg(-r), array_agg(-rev))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', occurred_at) AS minute,
                   count(*) FILTER (WHERE kind = 'ORDER')::int AS o,
                   count(*) FILTER (WHERE kind = 'REFUND')::int AS r, sum(amount)::bigint AS rev
              FROM old_rows WHERE match_id IS NOT NULL GROUP BY 1, 2, 3, 4) d;
  ELSE
    PERFORM performance_apply(array_agg(match_id), array_agg(campaign_id), array_agg(creator_id),
              array_agg(minute), array_agg(0), array_agg(o), array_agg(r), array_agg(rev))
      FROM (SELECT match_id, campaign_id, creator_id, date_trunc('minute', occurred_at) AS minute,
                   sum(sign * (kind = 'ORDER')::int)::int AS o,
                   sum(sign * (kind = 'REFUND')::int)::int AS r, sum(sign * amount)::bigint AS rev
              FROM (SELECT match_id, campaign_id, creator_id, occurred_at, kind, amount, 1 AS sign FROM new_rows
                    UNION ALL
                    SELECT match_id, campaign_id, creator_id, occurred_at, kind, amount, -1 FROM old_rows) u
             WHERE match_id IS NOT NULL GROUP BY 1, 2, 3, 4) d;
  END IF;
  RETURN NULL;
END $$;

-- Transition tables allow one event per trigger, hence one trigger per event.
CREATE TRIGGER clicks_performance_insert AFTER INSERT ON clicks
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_clicks_changed();
CREATE TRIGGER clicks_performance_update AFTER UPDATE ON clicks
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_clicks_changed();
CREATE TRIGGER clicks_performance_delete AFTER DELETE ON clicks
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_clicks_changed();
CREATE TRIGGER conversions_performance_insert AFTER INSERT ON conversions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_conversions_changed();
CREATE TRIGGER conversions_performance_update AFTER UPDATE ON conversions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_conversions_changed();
CREATE TRIGGER conversions_performance_delete AFTER DELETE ON conversions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION performance_conversions_changed();
