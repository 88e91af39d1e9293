-- Per-match totals of the tracked events: the day rows summed over all days, kept by
-- the same apply as the three grains (a fourth upsert in its one statement: every
-- writer runs that statement, so all take their row locks in the same order and queue
-- rather than deadlock; a match's batches for different days now also queue on its
-- total). Counts are BIGINT: a total must not overflow where a day could not. Headline figures
-- across many campaigns (the brand dashboard, the admin's platform totals, the
-- campaign report's per-creator table) read one row per match instead of summing
-- every day of every match: 24,000 tracked matches over 14 days were 336,000 day rows
-- to sum for one dashboard.
-- New events wait until this migration commits (it runs in one transaction): a batch
-- applied with the old function meanwhile would miss the totals.
LOCK TABLE "clicks", "conversions" IN SHARE MODE;

CREATE TABLE "performance_totals" (
    "match_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "creator_id" UUID NOT NULL,
    "clicks" BIGINT NOT NULL DEFAULT 0,
    "orders" BIGINT NOT NULL DEFAULT 0,
    "refunds" BIGINT NOT NULL DEFAULT 0,
    "revenue" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "performance_totals_pkey" PRIMARY KEY ("match_id")
);

CREATE INDEX "performance_totals_campaign_id_idx" ON "performance_totals"("campaign_id");

-- performance_apply of 20261204151100_rollup_apply_edges, plus the totals.
CREATE OR REPLACE FUNCTION performance_apply(
    p_match UUID[], p_campaign UUID[], p_creator UUID[], p_minute TIMESTAMPTZ[],
    p_clicks INTEGER[], p_orders INTEGER[], p_refunds INTEGER[], p_revenue BIGINT[]
) RETURNS void LANGUAGE sql AS $$
  WITH raw AS (
    SELECT * FROM unnest(p_match, p_campaign, p_creator, p_minute, p_clicks, p_orders, p_refunds, p_revenue)
      AS t(match_id, campaign_id, creator_id, minute, clicks, orders, refunds, revenue)
  ), d AS (
    SELECT match_id, minute, (array_agg(campaign_id))[1] AS campaign_id,
           (array_agg(creator_id))[1] AS creator_id, sum(clicks)::int AS clicks,
           sum(orders)::int AS orders, sum(refunds)::int AS refunds, sum(revenue)::bigint AS revenue
      FROM raw GROUP BY match_id, minute
  ), minutely AS (
    INSERT INTO performance_minutely AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
    SELECT match_id, minute, campaign_id, creator_id, clicks, orders, refunds, revenue
      FROM d
     WHERE (clicks >= 0 AND orders >= 0 AND refunds >= 0)
        OR EXISTS (SELECT 1 FROM performance_minutely m WHERE m.match_id = d.match_id AND m.bucket = d.minute)
     ORDER BY match_id, minute
    ON CONFLICT (match_id, bucket) DO UPDATE SET
      clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
      refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue
  ), hourly AS (
    INSERT INTO performance_hourly AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
    SELECT match_id, date_trunc('hour', minute), (array_agg(campaign_id))[1], (array_agg(creator_id))[1],
           sum(clicks), sum(orders), sum(refunds), sum(revenue)
      FROM d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (match_id, bucket) DO UPDATE SET
      clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
      refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue
  ), daily AS (
    INSERT INTO performance_daily AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
    SELECT match_id, date_trunc('day', minute, 'Asia/Seoul'), (array_agg(campaign_id))[1], (array_agg(creator_id))[1],
           sum(clicks), sum(orders), sum(refunds), sum(revenue)
      FROM d GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (match_id, bucket) DO UPDATE SET
      clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
      refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue
  )
  INSERT INTO performance_totals AS r (match_id, campaign_id, creator_id, clicks, orders, refunds, revenue)
  SELECT match_id, (array_agg(campaign_id))[1], (array_agg(creator_id))[1],
         sum(clicks), sum(orders), sum(refunds), sum(revenue)
    FROM d GROUP BY 1 ORDER BY 1
  ON CONFLICT (match_id) DO UPDATE SET
    clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
    refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue;
$$;

-- The totals of the events tracked so far.
INSERT INTO "performance_totals" (match_id, campaign_id, creator_id, clicks, orders, refunds, revenue)
SELECT match_id, (array_agg(campaign_id))[1], (array_agg(creator_id))[1],
       sum(clicks), sum(orders), sum(refunds), sum(revenue)
  FROM "performance_daily" GROUP BY match_id;

-- What a match costs its brand as the reports show it: lib/reporting/match-cost.ts's
-- reportedMatchCost, for statements that sum it over many matches (the dashboards'
-- totals) instead of returning every match to sum in Node. The settlement's gross once
-- settled; before, the agreed fee plus the commission, rounded down, on the attributed
-- net revenue when positive. numeric, like JavaScript's BigInt: no overflow. A property
-- test (match-cost.integration.test.ts) holds it equal to the TypeScript rule.
CREATE FUNCTION reported_match_cost(
    agreed_amount BIGINT, commission_rate_bp INTEGER, attributed_revenue BIGINT, settled_gross BIGINT
) RETURNS NUMERIC LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(settled_gross::numeric,
                  coalesce(agreed_amount, 0)::numeric
                    + div(greatest(attributed_revenue, 0)::numeric * coalesce(commission_rate_bp, 0), 10000))
$$;
