// Everything the creator home shows about the creator themself: profile, rate card,
// channels with their statistics, and where onboarding stands.
import { onboardingSteps, type OnboardingItem } from "./onboarding-steps.ts";
import { defaultDb, toNumber, toNumberOrNull, type Queryable } from "../reporting/queryable.ts";

export type ChannelStats = {
  id: string;
  platform: string;
  title: string;
  handle: string | null;
  url: string | null;
  subscribers: number | null;
  subscribersHidden: boolean;
  totalViews: number;
  videoCount: number;
  tier: string;
  /** Median over recent videos of (likes + comments) / views. */
  engagementRate: number | null;
  medianViews: number | null;
  lastVideoAt: Date | null;
  source: "VERIFIED" | "ESTIMATED";
  fetchedAt: Date | null;
};

export type CreatorHome = {
  id: string;
  displayName: string;
  bio: string | null;
  categories: string[];
  region: string | null;
  /** a district key of region ("Seoul:마포구"), when the creator chose one */
  district: string | null;
  country: string;
  languages: string[];
  rateCard: {
    perVideo: number | null;
    perShort: number | null;
    perVisit: number | null;
    perPost: number | null;
    currency: string;
  };
  channels: ChannelStats[];
  onboarding: OnboardingItem[];
  onboardingComplete: boolean;
};

export async function getCreatorHome(
  creatorId: string,
  db: Queryable = defaultDb,
): Promise<CreatorHome | null> {
  const [creatorRes, channelRes] = await Promise.all([
    db.query<{
      id: string;
      display_name: string;
      bio: string | null;
      categories: string[];
      region: string | null;
      district: string | null;
      country: string;
      languages: string[];
      rate_per_video: string | null;
      rate_per_short: string | null;
      rate_per_visit: string | null;
      rate_per_post: string | null;
      currency: string;
    }>(
      `SELECT id, display_name, bio, categories, region, district, country, languages,
              rate_per_video::text, rate_per_short::text, rate_per_visit::text, rate_per_post::text, currency
         FROM creators WHERE id = $1::uuid`,
      [creatorId],
    ),
    // The stored engagement rate is the channel refresh's figure; when a channel has
    // not been refreshed yet it is computed here from its last 50 videos.
    db.query<{
      id: string;
      platform: string;
      title: string;
      handle: string | null;
      url: string | null;
      subscriber_count: number | null;
      subscribers_hidden: boolean;
      view_count: string;
      video_count: number;
      tier: string;
      engagement_rate: number | null;
      median_views: number | null;
      last_video_at: Date | null;
      stats_source: "VERIFIED" | "ESTIMATED";
      stats_fetched_at: Date | null;
    }>(
      `SELECT ch.id, ch.platform::text AS platform, ch.title, ch.handle, ch.url, ch.subscriber_count,
              ch.subscribers_hidden, ch.view_count::text AS view_count, ch.video_count,
              coalesce(f.tier, ch.tier)::text AS tier,
              -- the channel the matching reads (creator_features) shows the tier and figures
              -- brands see on its breakdown; the others their own, else their recent videos'
              coalesce(f.engagement_rate, ch.engagement_rate, recent.engagement) AS engagement_rate,
              coalesce(round(f.median_views)::int, ch.median_views, recent.median_views::int) AS median_views,
              coalesce(ch.last_video_at, recent.last_video_at) AS last_video_at,
              ch.stats_source::text AS stats_source, ch.stats_fetched_at
         FROM channels ch
         LEFT JOIN creator_features f
           ON f.creator_id = ch.creator_id
          AND ch.id = (SELECT id FROM channels WHERE creator_id = ch.creator_id AND platform = f.platform
                        ORDER BY subscriber_count DESC NULLS LAST, created_at, id LIMIT 1)
         LEFT JOIN LATERAL (
           SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (v.likes + v.comments)::float8 / v.views)
                    FILTER (WHERE v.views > 0) AS engagement,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY v.views) AS median_views,
                  max(v.published_at) AS last_video_at
             FROM (SELECT * FROM videos WHERE channel_id = ch.id ORDER BY published_at DESC LIMIT 50) v
         ) recent ON true
        WHERE ch.creator_id = $1::uuid
        ORDER BY ch.subscriber_count DESC NULLS LAST, ch.created_at`,
      [creatorId],
    ),
  ]);
  const c = creatorRes.rows[0];
  if (!c) return null;

  const channels: ChannelStats[] = channelRes.rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    title: r.title,
    handle: r.handle,
    url: r.url,
    subscribers: r.subscriber_count,
    subscribersHidden: r.subscribers_hidden,
    totalViews: toNumber(r.view_count),
    videoCount: r.video_count,
    tier: r.tier,
    engagementRate: r.engagement_rate,
    medianViews: r.median_views,
    lastVideoAt: r.last_video_at,
    source: r.stats_source,
    fetchedAt: r.stats_fetched_at,
  }));
  const rateCard = {
    perVideo: toNumberOrNull(c.rate_per_video),
    perShort: toNumberOrNull(c.rate_per_short),
    perVisit: toNumberOrNull(c.rate_per_visit),
    perPost: toNumberOrNull(c.rate_per_post),
    currency: c.currency,
  };
  const onboarding = onboardingSteps({
    channelCount: channels.length,
    categories: c.categories,
    region: c.region,
    rateCard,
  });
  return {
    id: c.id,
    displayName: c.display_name,
    bio: c.bio,
    categories: c.categories,
    region: c.region,
    district: c.district,
    country: c.country,
    languages: c.languages,
    rateCard,
    channels,
    onboarding,
    onboardingComplete: onboarding.every((s) => s.done),
  };
}
