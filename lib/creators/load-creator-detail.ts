// What the find-creators detail panel shows about one creator beyond its score: the
// channel the features came from, where each figure came from and when, the channel's
// latest videos, and the creator's current match for the campaign.
import type pg from "pg";
import type { Tier } from "../matching/engine/types.ts";
import { fromDbTier } from "../matching/feature-store/rows.ts";
import { CURRENT_MATCH_OF_PAIR } from "../matches/current-match.ts";
import type { CreatorOnPage } from "./load-creator-display.ts";

/** "verified" = fetched by the app from the creator's own platform analytics. */
export type FigureSource = "verified" | "estimated";
export type Provenance = { source: FigureSource; fetchedAt: string | null };

export type CreatorDetailDisplay = {
  name: string;
  /** the feature store's tier (of the channel the features came from); null without features */
  tier: Tier | null;
  /** where the creator is based: a region, and its district key when known (the features') */
  region: string | null;
  district: string | null;
  channel: {
    title: string;
    url: string | null;
    subscribers: number | null;
    medianViews: number | null;
    engagementRate: number | null;
    /** channel statistics: subscribers, views, engagement */
    stats: Provenance;
  } | null;
  /** one entry per audience dimension present (age, gender, country, region) */
  audience: { dimension: string; source: FigureSource; fetchedAt: string }[];
  videos: {
    /** null when the import carried no title */
    title: string | null;
    publishedAt: string;
    views: number;
    likes: number;
    comments: number;
  }[];
};

const VIDEOS = 10;

const source = (s: string): FigureSource => (s === "VERIFIED" ? "verified" : "estimated");

/** The creator's current match for a campaign, as a ranked row carries it. */
export type CurrentMatch = CreatorOnPage["match"];

/** The panel's view of a creator, and their current match for `campaignId`. */
export async function loadCreatorDetail(
  pool: pg.Pool,
  creatorId: string,
  campaignId: string,
): Promise<{ creator: CreatorDetailDisplay; match: CurrentMatch } | null> {
  // The channel the features were derived from: the biggest on the features' platform.
  const { rows } = await pool.query<{
    display_name: string;
    tier: string | null;
    region: string | null;
    district: string | null;
    channel_id: string | null;
    title: string | null;
    url: string | null;
    subscriber_count: number | null;
    subscribers_hidden: boolean | null;
    median_views: number | null;
    engagement_rate: number | null;
    stats_source: string | null;
    stats_fetched_at: Date | null;
    match_id: string | null;
    match_status: string | null;
    proposals: number | null;
  }>(
    `SELECT c.display_name, f.tier::text AS tier, f.region, f.district, ch.id AS channel_id, ch.title, ch.url, ch.subscriber_count,
            ch.subscribers_hidden,
            -- the figures the score read (creator_features), so that the panel's sources
            -- and its explanation give one number; the channel row's own when there are none
            round(COALESCE(f.median_views, ch.median_views))::int AS median_views,
            COALESCE(f.engagement_rate, ch.engagement_rate) AS engagement_rate,
            ch.stats_source::text AS stats_source, ch.stats_fetched_at,
            m.id AS match_id, m.status::text AS match_status, m.proposals
       FROM creators c
       LEFT JOIN creator_features f ON f.creator_id = c.id
       LEFT JOIN LATERAL (
         SELECT * FROM channels
          WHERE creator_id = c.id AND (f.platform IS NULL OR platform = f.platform)
          ORDER BY subscriber_count DESC NULLS LAST, created_at, id LIMIT 1
       ) ch ON true
       LEFT JOIN LATERAL (${CURRENT_MATCH_OF_PAIR("$2::uuid", "c.id")}) m ON true
      WHERE c.id = $1`,
    [creatorId, campaignId],
  );
  if (rows.length === 0) return null;
  const r = rows[0];
  const tier = r.tier === null ? null : fromDbTier(r.tier);
  const match: CurrentMatch =
    r.match_id === null
      ? null
      : { id: r.match_id, status: r.match_status!, proposals: r.proposals! };
  if (r.channel_id === null)
    return {
      creator: {
        name: r.display_name,
        tier,
        region: r.region,
        district: r.district,
        channel: null,
        audience: [],
        videos: [],
      },
      match,
    };
  const [audience, videos] = await Promise.all([
    pool.query<{ dimension: string; source: string; fetched_at: Date }>(
      `SELECT lower(dimension::text) AS dimension, min(source::text) AS source,
              max(fetched_at) AS fetched_at
         FROM audience_shares WHERE channel_id = $1
        GROUP BY dimension ORDER BY dimension`,
      [r.channel_id],
    ),
    pool.query<{
      title: string;
      published_at: Date;
      views: string;
      likes: number;
      comments: number;
    }>(
      `SELECT title, published_at, views::text AS views, likes, comments
         FROM videos WHERE channel_id = $1
        ORDER BY published_at DESC, id LIMIT ${VIDEOS}`,
      [r.channel_id],
    ),
  ]);
  const creator: CreatorDetailDisplay = {
    name: r.display_name,
    tier,
    region: r.region,
    district: r.district,
    channel: {
      title: r.title ?? "",
      url: r.url,
      subscribers: r.subscribers_hidden ? null : r.subscriber_count,
      medianViews: r.median_views,
      engagementRate: r.engagement_rate,
      stats: {
        source: source(r.stats_source ?? "ESTIMATED"),
        fetchedAt: r.stats_fetched_at?.toISOString() ?? null,
      },
    },
    // A dimension mixing sources counts as estimated: "ESTIMATED" < "VERIFIED" in min().
    audience: audience.rows.map((a) => ({
      dimension: a.dimension,
      source: source(a.source),
      fetchedAt: a.fetched_at.toISOString(),
    })),
    videos: videos.rows.map((v) => ({
      title: v.title === "" ? null : v.title,
      publishedAt: v.published_at.toISOString(),
      views: Number(v.views),
      likes: v.likes,
      comments: v.comments,
    })),
  };
  return { creator, match };
}
