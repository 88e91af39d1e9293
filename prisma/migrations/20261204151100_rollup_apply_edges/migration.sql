-- performance_apply (20261204140000_performance_rollups), two edges fixed:
-- 1. The deltas are summed per (match, minute) first: a statement that relabels an
--    event within one match (another creator or campaign id on the same match) handed
--    in two rows for one key, and ON CONFLICT DO UPDATE refuses to touch a row twice.
-- 2. A delta that takes events out (a negative count) of a minute row that no longer
--    exists is dropped: the minute was pruned (lib/reporting/prune-minute-rollups.ts),
--    so there is nothing left to take them from, and inserting it would leave a
--    negative minute. Hours and days are never pruned and always take the delta.
-- (Dated after the rollup migration on purpose: it replaces that migration's function.)
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
  )
  INSERT INTO performance_daily AS r (match_id, bucket, campaign_id, creator_id, clicks, orders, refunds, revenue)
  SELECT match_id, date_trunc('day', minute, 'Asia/Seoul'), (array_agg(campaign_id))[1], (array_agg(creator_id))[1],
         sum(clicks), sum(orders), sum(refunds), sum(revenue)
    FROM d GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (match_id, bucket) DO UPDATE SET
    clicks = r.clicks + excluded.clicks, orders = r.orders + excluded.orders,
    refunds = r.refunds + excluded.refunds, revenue = r.revenue + excluded.revenue;
$$;
