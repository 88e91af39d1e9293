// Headline figures of the brand dashboard, for the brands the caller manages only.
// Money is summed in KRW, the platform's only currency so far; other currencies
// would need their own totals rather than being added to won.
import { MATCH_STATUS_ORDER, type MatchStatus } from "../matches/statuses.ts";
import { CAMPAIGN_STATUSES } from "../vocabulary.ts";
import { countsByKey } from "./status-counts.ts";
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";
import { roas, roi } from "./ratios.ts";

export type BrandKpis = {
  campaignsByStatus: Record<(typeof CAMPAIGN_STATUSES)[number], number>;
  activeCampaigns: number;
  matchesByStatus: Record<MatchStatus, number>;
  totalMatches: number;
  /** Committed spend: outcome cost of completed matches, else the agreed amount (ACCEPTED + COMPLETED). */
  spend: number;
  /** Over completed matches with measured outcomes. */
  measured: { matches: number; revenue: number; cost: number };
  roi: number | null;
  roas: number | null;
  currency: "KRW";
};

export async function getBrandKpis(
  brandIds: readonly string[],
  db: Queryable = defaultDb,
): Promise<BrandKpis> {
  const [campaigns, matches, money] = await Promise.all([
    db.query<{ key: string; count: number }>(
      `SELECT status::text AS key, count(*)::int AS count
         FROM campaigns WHERE brand_id = ANY($1::uuid[]) GROUP BY status`,
      [brandIds],
    ),
    db.query<{ key: string; count: number }>(
      `SELECT m.status::text AS key, count(*)::int AS count
         FROM matches m JOIN campaigns c ON c.id = m.campaign_id
        WHERE c.brand_id = ANY($1::uuid[]) GROUP BY m.status`,
      [brandIds],
    ),
    db.query<{ spend: string; revenue: string; cost: string; measured: number }>(
      `SELECT
         coalesce(sum(coalesce(o.cost, m.agreed_amount, 0))
                  FILTER (WHERE m.status IN ('ACCEPTED', 'COMPLETED')), 0)::text AS spend,
         coalesce(sum(o.revenue) FILTER (WHERE m.status = 'COMPLETED'), 0)::text AS revenue,
         coalesce(sum(o.cost) FILTER (WHERE m.status = 'COMPLETED'), 0)::text AS cost,
         count(o.match_id) FILTER (WHERE m.status = 'COMPLETED')::int AS measured
         FROM matches m
         JOIN campaigns c ON c.id = m.campaign_id
         LEFT JOIN match_outcomes o ON o.match_id = m.id
        WHERE c.brand_id = ANY($1::uuid[]) AND m.currency = 'KRW'`,
      [brandIds],
    ),
  ]);

  const campaignsByStatus = countsByKey(CAMPAIGN_STATUSES, campaigns.rows);
  const matchesByStatus = countsByKey(MATCH_STATUS_ORDER, matches.rows);
  const m = money.rows[0];
  const revenue = toNumber(m?.revenue);
  const cost = toNumber(m?.cost);
  return {
    campaignsByStatus,
    activeCampaigns: campaignsByStatus.ACTIVE,
    matchesByStatus,
    totalMatches: Object.values(matchesByStatus).reduce((a, b) => a + b, 0),
    spend: toNumber(m?.spend),
    measured: { matches: m?.measured ?? 0, revenue, cost },
    roi: roi(revenue, cost),
    roas: roas(revenue, cost),
    currency: "KRW",
  };
}
