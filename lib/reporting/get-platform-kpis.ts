// Platform-wide figures for the admin overview. A creator's tier is that of their
// largest channel, so a creator with a YouTube and an Instagram channel counts once.
import { MATCH_STATUS_ORDER, type MatchStatus } from "../matches/statuses.ts";
import { CAMPAIGN_STATUSES, TIERS } from "../vocabulary.ts";
import { countsByKey } from "./status-counts.ts";
import { defaultDb, toNumber, type Queryable } from "./queryable.ts";
import { getTrackedResults } from "./get-tracked-results.ts";
import { bucketWindow, zeroFillBuckets } from "./campaign/time-buckets.ts";

export type PlatformKpis = {
  brands: { total: number; localStores: number };
  creators: {
    total: number;
    withoutChannel: number;
    byTier: Record<(typeof TIERS)[number], number>;
  };
  campaignsByStatus: Record<(typeof CAMPAIGN_STATUSES)[number], number>;
  matchesByStatus: Record<MatchStatus, number>;
  completed: {
    matches: number;
    revenue: number;
    cost: number;
    roas: number | null;
    roi: number | null;
  };
  pendingReview: number;
  /** Matches proposed per Korea day, the last 14 days, zero-filled. */
  dailyMatches: Array<{ x: string; matches: number }>;
  /** Sponsored videos whose last statistics read failed (YouTube unreachable, video gone). */
  failedSyncs: number;
};

const DAILY_MATCH_DAYS = 14;

export async function getPlatformKpis(
  db: Queryable = defaultDb,
  now = new Date(),
): Promise<PlatformKpis> {
  const window = bucketWindow(
    "day",
    new Date(now.getTime() - (DAILY_MATCH_DAYS - 1) * 86_400_000),
    now,
  );
  const [brands, creators, tiers, campaigns, matches, outcomes, review, daily, failed] =
    await Promise.all([
      db.query<{ total: number; local: number }>(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE kind = 'LOCAL_STORE')::int AS local FROM brands`,
      ),
      db.query<{ total: number; without_channel: number }>(
        `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM channels ch WHERE ch.creator_id = c.id))::int
                AS without_channel
         FROM creators c`,
      ),
      db.query<{ key: string; count: number }>(
        `SELECT tier AS key, count(*)::int AS count FROM (
         SELECT DISTINCT ON (creator_id) tier::text AS tier
           FROM channels ORDER BY creator_id, subscriber_count DESC NULLS LAST, id
       ) primary_channel GROUP BY tier`,
      ),
      db.query<{ key: string; count: number }>(
        `SELECT status::text AS key, count(*)::int AS count FROM campaigns GROUP BY status`,
      ),
      db.query<{ key: string; count: number }>(
        `SELECT status::text AS key, count(*)::int AS count FROM matches GROUP BY status`,
      ),
      // Completed matches' tracked revenue and cost, by the brand reports' own rule
      // (rollups; the settlement's gross once settled) — not the self-reported outcomes.
      getTrackedResults(null, db, "completed"),
      db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM matches WHERE review_status = 'PENDING' AND status = 'PENDING'`,
      ),
      db.query<{ day: string; n: string }>(
        `SELECT to_char(created_at AT TIME ZONE 'Asia/Seoul', 'YYYY-MM-DD') AS day, count(*) AS n
         FROM matches WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
        [window.from, window.to],
      ),
      db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM match_videos WHERE last_sync_error IS NOT NULL`,
      ),
    ]);
  const o = outcomes.totals;
  return {
    brands: { total: brands.rows[0]?.total ?? 0, localStores: brands.rows[0]?.local ?? 0 },
    creators: {
      total: creators.rows[0]?.total ?? 0,
      withoutChannel: creators.rows[0]?.without_channel ?? 0,
      byTier: countsByKey(TIERS, tiers.rows),
    },
    campaignsByStatus: countsByKey(CAMPAIGN_STATUSES, campaigns.rows),
    matchesByStatus: countsByKey(MATCH_STATUS_ORDER, matches.rows),
    completed: {
      matches: outcomes.matches,
      revenue: o.revenue,
      cost: o.cost,
      roas: o.roas,
      roi: o.roi,
    },
    pendingReview: review.rows[0]?.n ?? 0,
    dailyMatches: zeroFillBuckets(
      window.keys,
      new Map(daily.rows.map((r) => [r.day, { matches: toNumber(r.n) }])),
      ["matches"],
    ),
    failedSyncs: failed.rows[0]?.n ?? 0,
  };
}
