// What a brand saw when it proposed a match in the past: the creator's features as
// they were then (reconstructed from today's channel and its growth) and what the
// matching engine itself made of them for the campaign (score, factors, reasons,
// risks, forecast, with the built-in forecast priors), priced at the fee offered as the
// live product does (lib/matches/score-for-proposal.ts). The seed keeps them on the
// match, so the stored score is exactly what the engine computes from
// `featuresAtProposal` at the offer, and forecasts can be checked and refitted.
import { AGE_BUCKETS } from "./catalog.ts";
import { tierFor } from "./channel-stats.ts";
import type { CreatorProfile } from "./generate-creators.ts";
import { computeBreakdown } from "../matching/engine/breakdown.ts";
import { prepareCampaign, type PreparedCampaign } from "../matching/engine/prepare-campaign.ts";
import { scoreCreator } from "../matching/engine/rank.ts";
import {
  DISTRICTS_PER_PROVINCE,
  normalizeDistrict,
  provinceOfDistrictKey,
} from "../matching/engine/regions.ts";
import type { CreatorFeatures } from "../matching/engine/types.ts";
import { campaignSpecFromDb } from "../matching/feature-store/campaign.ts";
import { parseFeaturesAtProposal } from "../matching/forecast/training-rows.ts";
import { toDbSpelling } from "../vocabulary.ts";
import type { Rng } from "../random/seeded-random.ts";
import type { CampaignRow, CampaignType, MatchRow, Tier } from "./types.ts";

const DAY = 86_400_000;

/**
 * The engine's feature row as of `asOf`, with the enums spelled as the creator_features
 * columns store them (the seed writes this object as the match's JSON as it is).
 */
export type ProposalFeatures = Omit<
  CreatorFeatures,
  "id" | "platform" | "tier" | "daysSinceLastVideo" | "audienceSource" | "audienceRegions"
> & {
  asOf: string;
  platform: "YOUTUBE";
  tier: Tier;
  /** Every demo channel has videos, so this is always known. */
  daysSinceLastVideo: number;
  audienceSource: "VERIFIED" | "ESTIMATED" | null;
};

const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
const r1 = (x: number) => Math.round(x * 10) / 10;
// toLocaleString goes through Intl and is slow in bulk; thousands separators by hand
export const count = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
export const won = (n: number) => `₩${count(n)}`;

// The profile and audience part of a feature row: the same today and at proposal.
function profileAndAudience(p: CreatorProfile) {
  const a = p.audience;
  return {
    categories: p.creator.categories,
    region: p.creator.region,
    district: p.creator.district,
    country: p.creator.country,
    ratePerVideo: p.creator.ratePerVideo,
    currency: "KRW",
    audienceAge: a ? a.age : [],
    audienceGender: a ? [a.female, r4(1 - a.female)] : [],
    audienceCountries: a ? a.countries : null,
  };
}

export function featuresAt(p: CreatorProfile, asOf: number, now: number, r: Rng): ProposalFeatures {
  const years = Math.max(0, (now - asOf) / (365 * DAY));
  const growth = Math.pow(1 + p.growthPerYear, years);
  const shown = p.channel.subscriberCount;
  const subscribers = shown === null ? null : Math.max(10, Math.round(shown / growth));
  const viewScale = Math.pow(1 / growth, 0.8) * r.logNormal(0, 0.12);
  const erScale = r.logNormal(0, 0.08);
  const uploads = p.agg.uploadsPer30d * r.logNormal(0, 0.15);
  const lastVideoAt = p.agg.lastVideoAt;
  const daysSinceLastVideo =
    p.truth.stale && asOf > lastVideoAt
      ? (asOf - lastVideoAt) / DAY
      : Math.min(90, r.exponential(30 / Math.max(uploads, 0.5)) * 0.7);
  const a = p.audience;
  return {
    asOf: new Date(asOf).toISOString(),
    platform: "YOUTUBE",
    tier: tierFor(subscribers ?? p.truth.realSubscribers / growth),
    subscribers,
    subscribersHidden: p.channel.subscribersHidden,
    videoCount: 50,
    medianViews: Math.round(p.agg.medianViews * viewScale),
    viewsP25: Math.round(p.agg.viewsP25 * viewScale),
    viewsP75: Math.round(p.agg.viewsP75 * viewScale),
    engagementRate: r4(p.agg.engagementRate * erScale),
    likeRate: r4(p.agg.likeRate * erScale),
    commentRate: r4(p.agg.commentRate * erScale),
    shareRate: r4(p.agg.shareRate * erScale),
    uploadsPer30d: r1(uploads),
    daysSinceLastVideo: r1(daysSinceLastVideo),
    ...profileAndAudience(p),
    audienceSource: a ? a.source : null,
  };
}

/** What this creator charges for the deliverable a campaign type asks for (KRW). */
export function baseRate(p: CreatorProfile, type: CampaignType): number {
  const video = p.creator.ratePerVideo ?? 0;
  switch (type) {
    case "SPONSORED_VIDEO":
      return video;
    case "PRODUCT_REVIEW":
      return video * 0.8;
    case "GIFTING":
      return (p.creator.ratePerShort ?? video * 0.4) * 0.5;
    case "STORE_VISIT":
      return p.creator.ratePerVisit ?? video * 0.6;
    case "AFFILIATE":
      return video * 0.5;
  }
}

/** The campaign as the engine reads it from the campaigns table (seeded as YouTube, KRW). */
export function engineCampaign(c: CampaignRow): PreparedCampaign {
  return prepareCampaign(
    campaignSpecFromDb({
      title: c.title,
      category: c.category,
      type: c.type,
      platforms: ["YOUTUBE"],
      budget: c.budget,
      currency: "KRW",
      targetAgeRanges: c.targetAgeRanges,
      targetGenders: c.targetGenders,
      targetCountries: c.targetCountries,
      targetRegions: c.targetRegions,
      matchingWeights: null,
      matchingFilters: null,
    }),
  );
}

/** The stored features as the engine reads them back (forecast training rows too). */
export function engineFeatures(id: string, f: ProposalFeatures): CreatorFeatures {
  const parsed = parseFeaturesAtProposal(id, f);
  if (!parsed) throw new Error(`demo features of ${id} do not parse`);
  return parsed;
}

/** The engine's score for a candidate today: how brands shortlist (cheap, no reasons). */
export function candidateScore(q: PreparedCampaign, p: CreatorProfile, daysSinceLastVideo: number) {
  const a = p.audience;
  const features: CreatorFeatures = {
    id: p.creator.id,
    platform: "youtube",
    tier: p.channel.tier.toLowerCase() as CreatorFeatures["tier"],
    subscribers: p.channel.subscriberCount,
    subscribersHidden: p.channel.subscribersHidden,
    videoCount: 50,
    medianViews: p.agg.medianViews,
    viewsP25: p.agg.viewsP25,
    viewsP75: p.agg.viewsP75,
    engagementRate: p.agg.engagementRate,
    likeRate: p.agg.likeRate,
    commentRate: p.agg.commentRate,
    shareRate: p.agg.shareRate,
    uploadsPer30d: p.agg.uploadsPer30d,
    daysSinceLastVideo,
    ...profileAndAudience(p),
    audienceSource: a ? (a.source.toLowerCase() as "verified" | "estimated") : null,
  };
  return computeBreakdown(features, q).score;
}

/**
 * Share of the creator's real audience inside every targeted dimension: the demo's
 * ground truth for outcomes (match-outcome.ts), not a score.
 */
export function audienceTargetShare(c: CampaignRow, p: CreatorProfile): number {
  const a = p.audience;
  if (!a) return 0.5;
  let ageShare = 1;
  if (c.targetAgeRanges.length) {
    ageShare = 0;
    for (let i = 0; i < AGE_BUCKETS.length; i++)
      if (c.targetAgeRanges.includes(AGE_BUCKETS[i])) ageShare += a.age[i];
  }
  const genderShare = c.targetGenders.length
    ? (c.targetGenders.includes("female") ? a.female : 0) +
      (c.targetGenders.includes("male") ? 1 - a.female : 0)
    : 1;
  let countryShare = 1;
  if (c.targetCountries.length) {
    countryShare = 0;
    for (const k of c.targetCountries) countryShare += a.countries[k] ?? 0;
  }
  return ageShare * genderShare * countryShare * audiencePlaceShare(c, p);
}

/** The share of a creator's audience living in the campaign's places (1 without any). */
export function audiencePlaceShare(c: CampaignRow, p: CreatorProfile): number {
  if (!c.targetRegions.length) return 1;
  const a = p.audience;
  if (!a) return 0.5;
  const targets = c.targetRegions.map((t) => targetInRegion(t, p.creator.district));
  if (a.regions) {
    let share = 0;
    for (const [region, part] of targets) share += (a.regions[region] ?? 0) * part;
    return share;
  }
  const home = targets.find(([region]) => region === p.creator.region);
  return home ? 0.45 * home[1] : 0.08 * targets[0][1];
}

/**
 * A campaign's place as its region and the part of a creator's audience there that it
 * holds: all of it for a region; for a district, in the demo's truth, half when the
 * creator lives there and an even share of the other half, and an even share of all of
 * it for a creator whose district nobody chose (the engine estimates it its own way,
 * district-spread.ts).
 */
function targetInRegion(place: string, creatorDistrict: string | null): [string, number] {
  const district = normalizeDistrict(place);
  if (district === null) return [place, 1];
  const region = provinceOfDistrictKey(district);
  const even = 1 / DISTRICTS_PER_PROVINCE[region];
  if (creatorDistrict === null) return [region, even];
  return [region, (creatorDistrict === district ? 0.5 : 0) + 0.5 * even];
}

export type Scored = Pick<
  MatchRow,
  | "score"
  | "audienceOverlap"
  | "categoryMatch"
  | "performancePrediction"
  | "budgetFit"
  | "confidence"
  | "reasons"
  | "explanation"
  | "risks"
  | "forecast"
  | "predictedViewsMin"
  | "predictedViewsMax"
>;

/**
 * The engine's explained result for the stored features at the fee offered (in the
 * campaign's currency), in the matches table's shape.
 */
export function scoreProposal(
  q: PreparedCampaign,
  id: string,
  f: ProposalFeatures,
  offer: number,
): Scored {
  const m = scoreCreator(
    { ...engineFeatures(id, f), ratePerVideo: offer, currency: q.currency },
    q,
  );
  return {
    score: m.score,
    audienceOverlap: m.factors.audienceOverlap,
    categoryMatch: m.factors.categoryMatch,
    performancePrediction: m.factors.performancePrediction,
    budgetFit: m.factors.budgetFit,
    confidence: toDbSpelling(m.confidence),
    reasons: m.reasons,
    explanation: m.explanation,
    risks: m.risks,
    forecast: m.forecast,
    predictedViewsMin: m.forecast.views.min,
    predictedViewsMax: m.forecast.views.max,
  };
}
