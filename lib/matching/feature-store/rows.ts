// CreatorFeatures <-> creator_features rows. The table mirrors the type column for
// column; only the enum spellings differ (the database keeps Prisma's upper case).
import {
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type AudienceSource,
  type CreatorFeatures,
  type Platform,
  type Tier,
} from "../engine/types.ts";
import { toDbSpelling } from "../../vocabulary.ts";

export const toDbPlatform = (p: Platform) => toDbSpelling(p);
export const toDbTier = (t: Tier) => toDbSpelling(t);
export const toDbSource = (s: AudienceSource) => toDbSpelling(s);

export function fromDbPlatform(p: string): Platform {
  const v = p.toLowerCase() as Platform;
  if (!PLATFORM_SLUGS.includes(v)) throw new Error(`unknown platform "${p}"`);
  return v;
}

export function fromDbTier(t: string): Tier {
  const v = t.toLowerCase() as Tier;
  if (!TIER_SLUGS.includes(v)) throw new Error(`unknown tier "${t}"`);
  return v;
}

export function fromDbSource(s: string | null): AudienceSource | null {
  if (s === null) return null;
  return s === "VERIFIED" ? "verified" : "estimated";
}

/** The JSON object json_populate_recordset(NULL::creator_features, ...) turns into a row. */
export type CreatorFeatureRowJson = {
  creator_id: string;
  platform: string;
  tier: string;
  subscribers: number | null;
  subscribers_hidden: boolean;
  video_count: number;
  median_views: number;
  views_p25: number;
  views_p75: number;
  engagement_rate: number;
  like_rate: number;
  comment_rate: number;
  share_rate: number;
  uploads_per_30d: number;
  days_since_last_video: number | null;
  categories: string[];
  region: string | null;
  country: string | null;
  rate_per_video: number | null;
  currency: string;
  audience_age: number[];
  audience_gender: number[];
  audience_countries: Record<string, number> | null;
  audience_regions: Record<string, number> | null;
  audience_source: string | null;
  district: string | null;
};

// Integer columns get integers: a roster may carry 1500000.5 as a rate or a
// fractional subscriber count, which BIGINT / INTEGER would reject.
const int = (v: number | null) => (v === null ? null : Math.round(v));

export function toFeatureRowJson(f: CreatorFeatures): CreatorFeatureRowJson {
  return {
    creator_id: f.id,
    platform: toDbPlatform(f.platform),
    tier: toDbTier(f.tier),
    subscribers: int(f.subscribers),
    subscribers_hidden: f.subscribersHidden,
    video_count: f.videoCount,
    median_views: f.medianViews,
    views_p25: f.viewsP25,
    views_p75: f.viewsP75,
    engagement_rate: f.engagementRate,
    like_rate: f.likeRate,
    comment_rate: f.commentRate,
    share_rate: f.shareRate,
    uploads_per_30d: f.uploadsPer30d,
    days_since_last_video: f.daysSinceLastVideo,
    categories: f.categories,
    region: f.region,
    country: f.country,
    rate_per_video: int(f.ratePerVideo),
    currency: f.currency,
    audience_age: f.audienceAge,
    audience_gender: f.audienceGender,
    audience_countries: f.audienceCountries,
    audience_regions: f.audienceRegions ?? null,
    audience_source: f.audienceSource === null ? null : toDbSource(f.audienceSource),
    district: f.district ?? null,
  };
}

/** Column list of the feature store, in one place for the writers and the readers. */
export const FEATURE_COLUMNS = [
  "creator_id",
  "platform",
  "tier",
  "subscribers",
  "subscribers_hidden",
  "video_count",
  "median_views",
  "views_p25",
  "views_p75",
  "engagement_rate",
  "like_rate",
  "comment_rate",
  "share_rate",
  "uploads_per_30d",
  "days_since_last_video",
  "categories",
  "region",
  "country",
  "rate_per_video",
  "currency",
  "audience_age",
  "audience_gender",
  "audience_countries",
  "audience_regions",
  "audience_source",
  "district",
] as const;
