// Rows of the demo data, one type per table, in camelCase; timestamps are epoch
// milliseconds. lib/demo-data/copy-rows.ts maps them onto the tables' columns.

import type { MatchStatus } from "../matches/statuses.ts";
import type { ReviewLine } from "../matches/review-lines.ts";
import type { SystemLine } from "../matches/system-lines.ts";
import type { ReviewStatus } from "../db/generated/enums.ts";
import type { MatchActuals } from "../matching/forecast/model.ts";

export type { MatchStatus };
import type { CampaignStatus, CampaignType, DataSource, Tier } from "../vocabulary.ts";

export type { CampaignStatus, CampaignType, DataSource, Tier };

export type UserRow = {
  id: string;
  email: string;
  name: string;
  role: "BRAND_MANAGER" | "CREATOR" | "ADMIN";
  lastLoginAt: number | null;
  createdAt: number;
};

export type BrandRow = {
  id: string;
  name: string;
  kind: "BRAND" | "LOCAL_STORE";
  category: string;
  city: string;
  district: string;
  priceLevel: number;
  naverPlaceUrl: string | null;
  websiteUrl: string | null;
  plan: "FREE" | "BASIC" | "PREMIUM" | "ENTERPRISE";
  createdAt: number;
};

export type BrandMemberRow = {
  brandId: string;
  userId: string;
  role: "OWNER" | "MEMBER";
  createdAt: number;
};

export type CreatorRow = {
  id: string;
  userId: string | null;
  displayName: string;
  bio: string;
  categories: string[];
  region: string | null;
  // a district key of region ("Seoul:마포구"), when the creator chose one
  district: string | null;
  country: string;
  languages: string[];
  ratePerVideo: number | null;
  ratePerShort: number | null;
  ratePerVisit: number | null;
  onboardingStep: "CONNECT_CHANNEL" | "PROFILE" | "RATE_CARD" | "DONE";
  createdAt: number;
};

export type ChannelRow = {
  id: string;
  creatorId: string;
  externalId: string;
  handle: string;
  title: string;
  url: string;
  country: string;
  subscriberCount: number | null;
  subscribersHidden: boolean;
  viewCount: number;
  videoCount: number;
  tier: Tier;
  engagementRate: number | null;
  medianViews: number | null;
  lastVideoAt: number | null;
  statsSource: DataSource;
  statsFetchedAt: number;
  createdAt: number;
};

export type VideoRow = {
  id: string;
  channelId: string;
  externalId: string;
  title: string;
  publishedAt: number;
  durationSec: number;
  isShort: boolean;
  views: number;
  likes: number;
  comments: number;
  shares: number;
  fetchedAt: number;
};

export type AudienceRow = {
  channelId: string;
  dimension: "AGE" | "GENDER" | "COUNTRY" | "REGION";
  bucket: string;
  share: number;
  source: DataSource;
  fetchedAt: number;
};

export type CampaignRow = {
  id: string;
  brandId: string;
  createdById: string;
  title: string;
  productName: string;
  productUrl: string | null;
  description: string;
  category: string;
  type: CampaignType;
  status: CampaignStatus;
  budget: number;
  startsAt: number | null;
  endsAt: number | null;
  targetAgeRanges: string[];
  targetGenders: string[];
  targetCountries: string[];
  targetRegions: string[];
  targetInterests: string[];
  createdAt: number;
  updatedAt: number;
};

export type MatchRow = {
  id: string;
  campaignId: string;
  creatorId: string;
  status: MatchStatus;
  priority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  score: number;
  audienceOverlap: number;
  categoryMatch: number;
  performancePrediction: number;
  budgetFit: number;
  confidence: "HIGH" | "MEDIUM" | "LOW";
  reasons: unknown[];
  explanation: unknown[];
  risks: unknown[];
  forecast: unknown;
  predictedViewsMin: number;
  predictedViewsMax: number;
  featuresAtProposal: unknown;
  offerAmount: number | null;
  agreedAmount: number | null;
  reviewStatus: ReviewStatus;
  reviewReason: string | null;
  /** the same as codes (lib/matches/review-lines.ts), read in each reader's language */
  reviewLines: ReviewLine[] | null;
  reviewedById: string | null;
  reviewedAt: number | null;
  expiresAt: number | null;
  statusChangedAt: number;
  version: number;
  createdAt: number;
};

export type StatusChangeRow = {
  id: string;
  matchId: string;
  fromStatus: MatchStatus | null;
  toStatus: MatchStatus;
  actorId: string | null;
  /** a person's note as written, or the English of `line` */
  note: string | null;
  /** a line of the platform's own, read in each reader's language (lib/matches/system-lines.ts) */
  line: SystemLine | null;
  createdAt: number;
};

export type MessageRow = {
  id: string;
  matchId: string;
  senderId: string | null;
  kind: "MESSAGE" | "PROPOSAL" | "COUNTER_OFFER" | "SYSTEM";
  body: string;
  amount: number | null;
  line: SystemLine | null;
  createdAt: number;
};

/** An offer on the table (match_offers): the brand's proposal and each counter-offer. */
export type OfferRow = {
  id: string;
  matchId: string;
  authorId: string | null;
  side: "BRAND" | "CREATOR";
  amount: number;
  deliverables: string;
  message: string | null;
  createdAt: number;
};

export type OutcomeRow = MatchActuals & {
  matchId: string;
  cost: number;
  measuredAt: number;
};
