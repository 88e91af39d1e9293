// Money across campaigns (the brand dashboard, the admin's platform totals): clicks,
// orders and net revenue from the per-match totals rollup, cost from each match's agreed terms, or
// its settlement's gross once settled (reportedMatchCost: the campaign report's rule),
// per campaign and in total. brandIds null = every brand. One read of one row per
// campaign (summed in Postgres), three sums:
// - "committed": every accepted and completed match, tracked or not (and any other with
//   tracked events) — the brand's spend;
// - "tracked": the campaigns something tracks (a link, a code, an attributed order on
//   one of their matches), all their matches as in "committed" — the tracked overview,
//   whose rows are the figures of the campaign reports they link to. A campaign with no
//   tracking at all would be a cost against revenue nobody could have measured: every
//   such campaign a total loss;
// - "completed": completed matches (the admin's "completed" KPI and the brand
//   dashboard's ROI), so those headline figures are these numbers, not a second source.
// In every scope a completed match that nothing tracks counts the clicks, orders and
// revenue its brand entered at completion (the workflow asks for the actual results
// "until tracking fills them in"), as its campaign report does; its cost is the measured
// one, as its settlement's.
// Amounts are summed in KRW campaigns only, like the other headline figures.
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";
import { roas, roi } from "./ratios.ts";
import { trackedMatchSql } from "./tracked-match.ts";

export type TrackedFigures = {
  clicks: number;
  orders: number;
  refunds: number;
  revenue: number;
  cost: number;
  roi: number | null;
  roas: number | null;
};

export type TrackedCampaign = TrackedFigures & { campaignId: string; title: string };

/**
 * One campaign's money, summed in Postgres over its matches: every counted match
 * ("committed"), and its completed matches apart. `tracked`: something tracks one of
 * its matches.
 */
export type CampaignMoneyRow = {
  campaign_id: string;
  title: string;
  tracked: boolean;
  matches: number;
  clicks: string;
  orders: string;
  refunds: string;
  revenue: string;
  cost: string;
  completed_matches: number;
  completed_clicks: string;
  completed_orders: string;
  completed_refunds: string;
  completed_revenue: string;
  completed_cost: string;
};

export type MoneyScope = "committed" | "tracked" | "completed";

export type TrackedResults = {
  totals: TrackedFigures;
  campaigns: TrackedCampaign[];
  /** matches counted */
  matches: number;
};

export async function getTrackedResults(
  brandIds: readonly string[] | null,
  db: Queryable = defaultDb,
  scope: MoneyScope = "tracked",
): Promise<TrackedResults> {
  return summarizeCampaignMoney(await readCampaignMoney(brandIds, db), scope);
}

/**
 * Per KRW campaign, the sums every scope reads: accepted and completed matches, and any
 * with tracked events. One row per campaign, from one row per match (the totals rollup,
 * not every day of every match), and the cost rule in SQL (reported_match_cost, held
 * equal to reportedMatchCost by match-cost.integration.test.ts).
 */
export async function readCampaignMoney(
  brandIds: readonly string[] | null,
  db: Queryable = defaultDb,
): Promise<readonly CampaignMoneyRow[]> {
  const { rows } = await db.query<CampaignMoneyRow>(
    `WITH t AS (
       SELECT * FROM performance_totals
        WHERE $1::uuid[] IS NULL
           OR campaign_id IN (SELECT id FROM campaigns WHERE brand_id = ANY($1::uuid[]))
     ), m AS (
       SELECT m.campaign_id, c.title, m.status = 'COMPLETED' AS completed,
              coalesce(t.clicks, 0) AS clicks, coalesce(t.orders, 0) AS orders,
              coalesce(t.refunds, 0) AS refunds, coalesce(t.revenue, 0) AS revenue,
              reported_match_cost(m.agreed_amount, m.commission_rate_bp, coalesce(t.revenue, 0), st.gross) AS cost,
              o.match_id IS NOT NULL AND m.status = 'COMPLETED' AS entered,
              o.clicks AS typed_clicks, o.orders AS typed_orders, o.revenue AS typed_revenue,
              ${trackedMatchSql("m", "t")} AS tracked
         FROM matches m
         JOIN campaigns c ON c.id = m.campaign_id
         LEFT JOIN t ON t.match_id = m.id
         LEFT JOIN settlements st ON st.match_id = m.id
         LEFT JOIN match_outcomes o ON o.match_id = m.id
        WHERE ($1::uuid[] IS NULL OR c.brand_id = ANY($1::uuid[])) AND c.currency = 'KRW'
          AND (m.status IN ('ACCEPTED', 'COMPLETED') OR t.match_id IS NOT NULL)
     ), e AS (
       -- a completed match nothing tracks counts the results its brand entered (the
       -- campaign report's rule, get-campaign-report.ts); its cost stays the measured one
       SELECT campaign_id, title, completed, tracked, cost,
              CASE WHEN entered AND NOT tracked THEN typed_clicks ELSE clicks END AS clicks,
              CASE WHEN entered AND NOT tracked THEN typed_orders ELSE orders END AS orders,
              CASE WHEN entered AND NOT tracked THEN 0 ELSE refunds END AS refunds,
              CASE WHEN entered AND NOT tracked THEN typed_revenue ELSE revenue END AS revenue
         FROM m
     )
     SELECT campaign_id, title, bool_or(tracked) AS tracked, count(*)::int AS matches,
            sum(clicks)::text AS clicks, sum(orders)::text AS orders, sum(refunds)::text AS refunds,
            sum(revenue)::text AS revenue, sum(cost)::text AS cost,
            count(*) FILTER (WHERE completed)::int AS completed_matches,
            coalesce(sum(clicks) FILTER (WHERE completed), 0)::text AS completed_clicks,
            coalesce(sum(orders) FILTER (WHERE completed), 0)::text AS completed_orders,
            coalesce(sum(refunds) FILTER (WHERE completed), 0)::text AS completed_refunds,
            coalesce(sum(revenue) FILTER (WHERE completed), 0)::text AS completed_revenue,
            coalesce(sum(cost) FILTER (WHERE completed), 0)::text AS completed_cost
       FROM e GROUP BY campaign_id, title`,
    [brandIds],
  );
  return rows;
}

export function summarizeCampaignMoney(
  rows: readonly CampaignMoneyRow[],
  scope: MoneyScope,
): TrackedResults {
  let matches = 0;
  const campaigns: TrackedCampaign[] = [];
  for (const r of rows) {
    const completed = scope === "completed";
    if (completed ? r.completed_matches === 0 : scope === "tracked" && !r.tracked) continue;
    matches += completed ? r.completed_matches : r.matches;
    const figures = {
      clicks: toNumber(completed ? r.completed_clicks : r.clicks),
      orders: toNumber(completed ? r.completed_orders : r.orders),
      refunds: toNumber(completed ? r.completed_refunds : r.refunds),
      revenue: toNumber(completed ? r.completed_revenue : r.revenue),
      cost: toNumber(completed ? r.completed_cost : r.cost),
    };
    campaigns.push({
      campaignId: r.campaign_id,
      title: r.title,
      ...figures,
      roi: roi(figures.revenue, figures.cost),
      roas: roas(figures.revenue, figures.cost),
    });
  }
  campaigns.sort((a, b) => b.revenue - a.revenue || a.title.localeCompare(b.title));
  const totals = campaigns.reduce((t, c) => {
    t.clicks += c.clicks;
    t.orders += c.orders;
    t.refunds += c.refunds;
    t.revenue += c.revenue;
    t.cost += c.cost;
    return t;
  }, empty());
  return {
    totals: {
      ...totals,
      roi: roi(totals.revenue, totals.cost),
      roas: roas(totals.revenue, totals.cost),
    },
    campaigns,
    matches,
  };
}

function empty(): TrackedFigures {
  return { clicks: 0, orders: 0, refunds: 0, revenue: 0, cost: 0, roi: null, roas: null };
}
