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
  country?: string | null;
  // minor units of `currency` (KRW has none); null or missing: no rate card
  ratePerVideo?: number | null;
  currency?: string;
  videos: VideoRecord[];
  audience?: {
    age?: Record<string, number>;
    gender?: Record<string, number>;
    countries?: Record<string, number>;
    regions?: Record<string, number>;
  } | null;
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

export interface Risk {
  code: string;
  severity: RiskSeverity;
  message: string;
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
  // orders / clicks
  purchaseRatePct: number;
  // expected number of orders
  estimatedSales: number;
  // expected revenue from those orders, minor units of `currency`
  estimatedRevenue: number;
  // the creator's rate per expected view, minor units of `currency`; null without a rate
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
  confidence: Confidence;
  forecast: Forecast;
  reasons: string[];
  risks: Risk[];
  // 1 unless the score was cut, e.g. by a rate above the whole budget
  penaltyMultiplier: number;
}

export interface RankResult {
  results: MatchResult[];
  // creators that passed the hard filters
  total: number;
  // creators looked at
  scanned: number;
}
