// Headline figures of the brand dashboard, for the brands the caller manages only.
// Money is summed in KRW, the platform's only currency so far; other currencies
// would need their own totals rather than being added to won.
import { MATCH_STATUS_ORDER, type MatchStatus } from "../matches/statuses.ts";
import { CAMPAIGN_STATUSES } from "../vocabulary.ts";
import { countsByKey } from "./status-counts.ts";
import {
  readCampaignMoney,
  summarizeCampaignMoney,
  type TrackedResults,
} from "./get-tracked-results.ts";
import { defaultDb, type Queryable } from "./queryable.ts";

export type BrandKpis = {
  campaignsByStatus: Record<(typeof CAMPAIGN_STATUSES)[number], number>;
  activeCampaigns: number;
  matchesByStatus: Record<MatchStatus, number>;
  totalMatches: number;
  /** Cost of accepted and completed matches as the reports count it (reportedMatchCost). */
  spend: number;
  /** Completed matches: tracked net revenue and reported cost. */
  measured: { matches: number; revenue: number; cost: number };
  roi: number | null;
  roas: number | null;
  currency: "KRW";
  /** Tracked results of the matches something tracks (the dashboard's overview). */
  tracked: TrackedResults;
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
    // Money by the campaign reports' own rule (rollups; the settlement's gross once
    // settled), so these cards and the reports never disagree.
    readCampaignMoney(brandIds, db),
  ]);
  const completed = summarizeCampaignMoney(money, "completed");

  const campaignsByStatus = countsByKey(CAMPAIGN_STATUSES, campaigns.rows);
  const matchesByStatus = countsByKey(MATCH_STATUS_ORDER, matches.rows);
  return {
    campaignsByStatus,
    activeCampaigns: campaignsByStatus.ACTIVE,
    matchesByStatus,
    totalMatches: Object.values(matchesByStatus).reduce((a, b) => a + b, 0),
    spend: summarizeCampaignMoney(money, "committed").totals.cost,
    measured: {
      matches: completed.matches,
      revenue: completed.totals.revenue,
      cost: completed.totals.cost,
    },
    roi: completed.totals.roi,
    roas: completed.totals.roas,
    currency: "KRW",
    tracked: summarizeCampaignMoney(money, "tracked"),
  };
}
