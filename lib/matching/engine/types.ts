// Shapes shared by the matching engine, the feature store, the CLI and the API.
// CreatorFeatures mirrors the creator_features table column for column, so the
// feature store can map rows without knowing anything about scoring.

// The vocabularies are defined once in lib/vocabulary.ts; the engine uses their
// lower-case spellings under its own short names.
export {
  AGE_BUCKETS,
  CAMPAIGN_TYPE_SLUGS,
  GENDERS,
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type AgeBucket,
  type CampaignTypeSlug as CampaignType,
  type DataSourceSlug as AudienceSource,
  type Gender,
  type PlatformSlug as Platform,
  type TierSlug as Tier,
} from "../../vocabulary.ts";
import type { AudienceQuality } from "./audience-quality.ts";
import type { Fact, FactParams } from "./facts.ts";
import type {
  AgeBucket,
  CampaignTypeSlug as CampaignType,
  DataSourceSlug as AudienceSource,
  Gender,
  PlatformSlug as Platform,
  TierSlug as Tier,
} from "../../vocabulary.ts";

export interface VideoRecord {
  publishedAt: string;
  views: number;
  likes?: number | null;
  comments?: number | null;
  shares?: number | null;
}

// One line of a roster JSONL file (issue 3, section 5).
export interface CreatorRecord {
  id: string;
  platform: Platform;
  channelName: string;
  // null or missing: the channel hides its subscriber count
  subscribers?: number | null;
  categories: string[];
  region?: string | null;
  // a district key of region ("Seoul:마포구") the creator chose; else the district region names
  district?: string | null;
  country?: string | null;
  // minor units of `currency` (KRW has none); null, missing or 0: rate unknown
  ratePerVideo?: number | null;
  // the only way to say a creator charges nothing (a 0 rate alone means unknown)
  worksForFree?: boolean;
  currency?: string;
  videos: VideoRecord[];
  audience?: {
    age?: Record<string, number>;
    gender?: Record<string, number>;
    countries?: Record<string, number>;
    regions?: Record<string, number>;
  } | null;
  // a roster's audience is always "estimated"; "verified" is kept only for data the
  // app fetched itself (lib/creators/check-creator-record.ts)
  audienceSource?: AudienceSource;
}

export interface CreatorFeatures {
  id: string;
  platform: Platform;
  tier: Tier;
  subscribers: number | null;
  subscribersHidden: boolean;
  // videos the view statistics are based on (settled, at most the last 50)
  videoCount: number;
  medianViews: number;
  viewsP25: number;
  viewsP75: number;
  // median over recent videos of (likes + comments) / views; 0 = not available
  engagementRate: number;
  likeRate: number;
  commentRate: number;
  shareRate: number;
  uploadsPer30d: number;
  daysSinceLastVideo: number | null;
  categories: string[];
  region: string | null;
  // The district inside the region where the creator is based ("Seoul:강남구",
  // regions.ts normalizeDistrict), when the place names one.
  district?: string | null;
  country: string | null;
  ratePerVideo: number | null;
  currency: string;
  // length 7 in AGE_BUCKETS order, or [] = unknown
  audienceAge: number[];
  // [female, male], or [] = unknown
  audienceGender: number[];
  audienceCountries: Record<string, number> | null;
  audienceSource: AudienceSource | null;
  // Optional extension not stored in creator_features: audience shares by Korean region
  // when a roster provides them. Without it the creator's home region stands in.
  audienceRegions?: Record<string, number> | null;
}

export interface FactorWeights {
  audienceOverlap: number;
  categoryMatch: number;
  performancePrediction: number;
  budgetFit: number;
}

export const DEFAULT_WEIGHTS: FactorWeights = {
  audienceOverlap: 0.35,
  categoryMatch: 0.25,
  performancePrediction: 0.25,
  budgetFit: 0.15,
};

export interface CampaignFilters {
  platforms?: Platform[];
  tiers?: Tier[];
  regions?: string[];
  categories?: string[];
  // budget ceiling per creator, in the campaign's currency (minor units)
  maxRatePerVideo?: number;
  minSubscribers?: number;
  maxSubscribers?: number;
  excludeCreatorIds?: string[];
  // only these creators (a name search resolved to ids); absent = everyone
  includeCreatorIds?: string[];
  // only creators whose shown score (0-100, rounded as shown) reaches this
  minScore?: number;
  // only creators whose audience figures come from their own YouTube Analytics
  verifiedOnly?: boolean;
  // only creators based within this many km of a district the campaign targets (district
  // centre to district centre; 세종, which has none, is one place): the walk-in reach of
  // a local store. A creator whose district is unknown is left out; a campaign that
  // targets no district keeps nobody.
  withinKm?: number;
}

export interface CampaignSpec {
  title: string;
  category: string;
  // empty = any platform
  platforms: Platform[];
  // total campaign budget, minor units of `currency`
  budget: number;
  currency: string;
  targetAudience: {
    ageRanges: AgeBucket[];
    genders: Gender[];
    countries: string[];
    regions: string[];
  };
  type?: CampaignType;
  weights?: Partial<FactorWeights>;
  filters?: CampaignFilters;
}

export type Confidence = "high" | "medium" | "low";
export type RiskSeverity = "high" | "medium" | "low";

export type RiskCode =
  | "audience_quality"
  | "audience_mismatch"
  | "engagement_far_below_norm"
  | "engagement_far_above_norm"
  | "audience_outside_target_country"
  | "audience_outside_target_region"
  | "stale_channel"
  | "over_budget"
  | "large_share_of_budget"
  | "no_videos"
  | "few_videos"
  | "high_view_variance"
  | "no_audience_data"
  | "subscriber_count_hidden"
  | "rate_unknown"
  | "no_views"
  | "estimated_over_budget"
  | "currency_unknown"
  | "currency_converted";

export interface Risk {
  code: RiskCode;
  severity: RiskSeverity;
  // English, for the CLI and programs; pages render `code` with `params` (and the
  // audience-quality signals in `details`) in the reader's language (./facts.ts)
  message: string;
  params: FactParams;
  details?: Fact[];
  data: Record<string, number | string | boolean | null>;
}

export interface Range {
  min: number;
  max: number;
  expected: number;
  // probability that the actual value falls inside [min, max]
  confidence: number;
}

export interface Forecast {
  views: Range;
  likes: number;
  comments: number;
  shares: number;
  engagementRatePct: number;
  ctrPct: number;
  clicks: number;
  // orders / clicks (for a campaign that targets places: clicks that could become one)
  purchaseRatePct: number;
  // for a store visit that targets places (the store's district): the percent of
  // viewers who live in them, which sales and revenue follow (with the model's share of
  // custom from elsewhere); null for any other campaign (an online sale can come from
  // anywhere)
  placeSharePct: number | null;
  // expected number of orders
  estimatedSales: number;
  // expected revenue from those orders, minor units of `currency`
  estimatedRevenue: number;
  // (the creator's rate + the campaign's handling cost per creator) / expected views,
  // minor units of `currency`; null without a rate or without expected views
  costPerView: number | null;
  currency: string;
}

export interface MatchResult {
  id: string;
  platform: Platform;
  // 0-100, one decimal
  score: number;
  // 0-100 each, one decimal
  factors: FactorWeights;
  // how far the score can be trusted: data completeness, lowered by high-severity
  // risks (a poor audience quality makes it "low")
  confidence: Confidence;
  forecast: Forecast;
  // one English sentence per factor (then the score note when the score is not simply
  // the weighted factors, and the value note), for the CLI and programs
  reasons: string[];
  // the same sentences as facts, in the same order: what pages render per language
  explanation: Fact[];
  risks: Risk[];
  audienceQuality: AudienceQuality;
  // what the value ordering sorts by, per million units of the campaign currency
  value: ValuePerCost;
  // "known" from the rate card, "free" when the roster says the creator works for
  // free, "unknown" otherwise (a missing or 0 rate)
  rate: { status: RateStatus; amount: number | null; currency: string };
  // 1 unless the score was cut, e.g. by a rate above the whole budget
  penaltyMultiplier: number;
}

export type RateStatus = "known" | "free" | "unknown";

export interface ValuePerCost {
  // expected views in the targeted age x gender x country (measured or assumed shares),
  // weighted by the category match
  targetViews: number;
  // rate (or its estimate) + handling, campaign currency
  cost: number;
  // true when the rate card is unknown and the tier-and-category estimate stands in
  costEstimated: boolean;
  targetViewsPerMillion: number;
  salesPerMillion: number;
  // false above the budget: ranked last by value
  withinBudget: boolean;
}

export interface RankResult {
  results: MatchResult[];
  // creators that passed the hard filters
  total: number;
  // creators looked at
  scanned: number;
  // index slots of the best RankOptions.keepOrder creators, in rank order
  order?: Int32Array;
}
