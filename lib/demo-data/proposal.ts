// What a brand saw when it proposed a match in the past: the creator's features as
// they were then (reconstructed from today's channel and its growth), the four factor
// scores, reasons, risks and the forecast a first heuristic model made. The seed keeps
// them on the match, as the live engine will, so forecasts can be checked against the
// outcomes and refitted on `featuresAtProposal`.
import { AGE_BUCKETS, category } from "./catalog.ts";
import { tierFor } from "./channel-stats.ts";
import {
  engagementNorm,
  viewsPerSubscriberNorm,
  type CreatorProfile,
} from "./generate-creators.ts";
import { DEFAULT_WEIGHTS, type CreatorFeatures } from "../matching/engine/types.ts";
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
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
// toLocaleString goes through Intl and is slow in bulk; thousands separators by hand
export const count = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
export const won = (n: number) => `₩${count(n)}`;
const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)}%`;

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
    categories: p.creator.categories,
    region: p.creator.region,
    country: p.creator.country,
    ratePerVideo: p.creator.ratePerVideo,
    currency: "KRW",
    audienceAge: a ? a.age : [],
    audienceGender: a ? [a.female, r4(1 - a.female)] : [],
    audienceCountries: a ? a.countries : null,
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

/** Share of the views a campaign's content gets, relative to the channel's median video. */
export const FORECAST_TYPE_FACTOR: Record<CampaignType, number> = {
  SPONSORED_VIDEO: 0.85,
  PRODUCT_REVIEW: 0.9,
  GIFTING: 0.6,
  STORE_VISIT: 0.7,
  AFFILIATE: 0.8,
};

export const BASE_CTR: Record<CampaignType, number> = {
  SPONSORED_VIDEO: 0.03,
  PRODUCT_REVIEW: 0.035,
  GIFTING: 0.02,
  STORE_VISIT: 0.02,
  AFFILIATE: 0.06,
};

/** The few features the factor math reads. */
export type FactorInput = Pick<
  ProposalFeatures,
  "categories" | "subscribers" | "medianViews" | "engagementRate" | "daysSinceLastVideo" | "tier"
>;

export type Factors = {
  audienceOverlap: number;
  categoryMatch: number;
  performancePrediction: number;
  budgetFit: number;
  score: number;
  /** share of the audience inside every targeted dimension (0.5 when unknown) */
  targetShare: number;
  countryShare: number;
  regionShare: number;
  /** subscribers used for the norms (a hidden count is estimated) */
  normSubscribers: number;
  vpsRatio: number;
  erRatio: number;
  stale: boolean;
  expectedViews: number;
  costPerView: number;
};

/** The four factors (0-100) and the weighted score; numbers only, cheap enough to rank with. */
export function factorScores(
  c: CampaignRow,
  p: CreatorProfile,
  f: FactorInput,
  cost: number,
): Factors {
  const a = p.audience;
  // audience overlap: the share of the audience inside every targeted dimension
  let targetShare = 0.5;
  let countryShare = 1;
  let regionShare = 1;
  if (a) {
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
    if (c.targetCountries.length) {
      countryShare = 0;
      for (const k of c.targetCountries) countryShare += a.countries[k] ?? 0;
    }
    if (c.targetRegions.length) {
      if (a.regions) {
        regionShare = 0;
        for (const k of c.targetRegions) regionShare += a.regions[k] ?? 0;
      } else {
        regionShare = p.creator.region && c.targetRegions.includes(p.creator.region) ? 0.45 : 0.08;
      }
    }
    targetShare = ageShare * genderShare * countryShare * regionShare;
  }
  const audienceOverlap = r1(clamp(100 * Math.sqrt(targetShare), 0, 100));

  // category match: the primary category counts fully, related ones partly
  const cats = f.categories;
  let categoryMatch = 15;
  if (cats[0] === c.category) categoryMatch = 100;
  else if (cats.includes(c.category)) categoryMatch = 80;
  else if (cats.some((k) => category(k).related.includes(c.category))) categoryMatch = 50;

  // performance: recent views and engagement against the norm for the channel's size
  // (a hidden count is estimated from views; the generator's own figure stands in for that)
  const normSubscribers = f.subscribers ?? p.truth.realSubscribers;
  const vpsRatio = f.subscribers
    ? f.medianViews / (f.subscribers * viewsPerSubscriberNorm(f.subscribers))
    : 1;
  const erRatio = f.engagementRate / engagementNorm(normSubscribers);
  const stale = f.daysSinceLastVideo > 60;
  const performancePrediction = r1(
    clamp(
      55 +
        14 * Math.log2(clamp(erRatio, 0.1, 8)) +
        12 * Math.log2(clamp(vpsRatio, 0.02, 8)) -
        (stale ? 25 : 0),
      3,
      98,
    ),
  );

  // budget efficiency: expected views per won, and whether one creator eats the budget
  const expectedViews = Math.max(1, Math.round(f.medianViews * FORECAST_TYPE_FACTOR[c.type]));
  const costPerView = cost / expectedViews;
  let budgetFit = clamp(60 - 22 * Math.log2(Math.max(costPerView, 1) / 60), 3, 98);
  if (cost > c.budget) budgetFit *= 0.3;
  else if (cost > c.budget * 0.4) budgetFit *= 0.7;
  budgetFit = r1(budgetFit);

  const score = r1(
    DEFAULT_WEIGHTS.audienceOverlap * audienceOverlap +
      DEFAULT_WEIGHTS.categoryMatch * categoryMatch +
      DEFAULT_WEIGHTS.performancePrediction * performancePrediction +
      DEFAULT_WEIGHTS.budgetFit * budgetFit,
  );
  return {
    audienceOverlap,
    categoryMatch,
    performancePrediction,
    budgetFit,
    score,
    targetShare,
    countryShare,
    regionShare,
    normSubscribers,
    vpsRatio,
    erRatio,
    stale,
    expectedViews,
    costPerView,
  };
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
  | "risks"
  | "forecast"
  | "predictedViewsMin"
  | "predictedViewsMax"
> & { targetShare: number };

/** The factors with their reasons, risks, confidence and the heuristic forecast. */
export function scoreProposal(
  c: CampaignRow,
  p: CreatorProfile,
  f: ProposalFeatures,
  cost: number,
): Scored {
  const x = factorScores(c, p, f, cost);
  const a = p.audience;
  const reasons: string[] = [];
  const risks: { code: string; message: string; value: number; norm?: number }[] = [];

  if (a) {
    const who = [c.targetGenders.join("/"), c.targetAgeRanges.join(", ")].filter(Boolean).join(" ");
    reasons.push(
      `${pct(x.targetShare)} of the audience is in the target${who ? ` (${who})` : ""}; ${pct(x.countryShare)} in ${c.targetCountries.join(", ") || "any country"}.`,
    );
    if (c.targetRegions.length && x.regionShare < 0.2) {
      risks.push({
        code: "OUTSIDE_TARGET_REGION",
        message: `Only ${pct(x.regionShare)} of the audience is in ${c.targetRegions.join(", ")}.`,
        value: r4(x.regionShare),
      });
    }
  } else {
    reasons.push("No audience data yet: audience overlap assumed average.");
  }
  const cats = f.categories;
  reasons.push(
    x.categoryMatch === 100
      ? `Primary category is ${c.category}.`
      : x.categoryMatch === 80
        ? `Also covers ${c.category} (primary: ${cats[0]}).`
        : x.categoryMatch === 50
          ? `${cats[0]} is related to ${c.category}: partial credit.`
          : `${cats[0] ?? "Unknown category"} is unrelated to ${c.category}.`,
  );
  const erNorm = engagementNorm(x.normSubscribers);
  reasons.push(
    `Median ${count(f.medianViews)} views over the last 50 videos; engagement ${pct(f.engagementRate, 1)} vs ${pct(erNorm, 1)} typical for ${f.tier}.`,
  );
  if (x.vpsRatio < 0.35 && f.subscribers) {
    const norm = viewsPerSubscriberNorm(f.subscribers);
    risks.push({
      code: "LOW_VIEWS_PER_SUBSCRIBER",
      message: `Views per subscriber ${pct(f.medianViews / f.subscribers, 1)} vs ${pct(norm, 1)} typical for ${f.tier}.`,
      value: r4(f.medianViews / f.subscribers),
      norm: r4(norm),
    });
  }
  if (x.erRatio < 0.4 || x.erRatio > 3) {
    risks.push({
      code: "ENGAGEMENT_OFF_NORM",
      message: `Engagement ${pct(f.engagementRate, 1)} is far from the ${f.tier} norm of ${pct(erNorm, 1)}.`,
      value: f.engagementRate,
      norm: r4(erNorm),
    });
  }
  if (x.stale)
    risks.push({
      code: "STALE_CHANNEL",
      message: `No upload for ${Math.round(f.daysSinceLastVideo)} days.`,
      value: f.daysSinceLastVideo,
    });
  if (f.subscribersHidden)
    risks.push({
      code: "HIDDEN_SUBSCRIBERS",
      message: "Subscriber count is hidden; tier estimated from views.",
      value: 1,
    });
  if (cost > c.budget)
    risks.push({
      code: "OVER_BUDGET",
      message: `Rate ${won(cost)} is above the campaign budget ${won(c.budget)}.`,
      value: cost,
      norm: c.budget,
    });
  reasons.push(`Rate ${won(cost)} is about ${won(x.costPerView)} per expected view.`);

  const spread = f.viewsP25 > 0 ? f.viewsP75 / f.viewsP25 : 99;
  const confidence: Scored["confidence"] =
    !a || f.subscribersHidden || x.stale || spread > 6
      ? "LOW"
      : a.source === "VERIFIED" && spread < 3.5
        ? "HIGH"
        : "MEDIUM";

  const k = FORECAST_TYPE_FACTOR[c.type];
  const expected = x.expectedViews;
  const min = Math.round(Math.max(f.viewsP25 * k * 0.8, expected * 0.5));
  const max = Math.round(Math.max(f.viewsP75 * k * 1.2, expected * 1.5));
  const cat = category(c.category);
  const ctr = BASE_CTR[c.type];
  const orders = expected * ctr * cat.conversion;
  const forecast = {
    model: "heuristic-v0",
    views: { min, max, expected, confidence: 0.8 },
    engagement: {
      likes: Math.round(expected * f.likeRate),
      comments: Math.round(expected * f.commentRate),
      shares: Math.round(expected * f.shareRate),
    },
    conversion: {
      ctrPct: r1(ctr * 1000) / 10,
      purchaseRatePct: r1(cat.conversion * 1000) / 10,
      estimatedOrders: Math.round(orders),
      estimatedSales: Math.round(orders * cat.orderValue),
      currency: "KRW",
    },
  };
  return {
    score: x.score,
    audienceOverlap: x.audienceOverlap,
    categoryMatch: x.categoryMatch,
    performancePrediction: x.performancePrediction,
    budgetFit: x.budgetFit,
    confidence,
    reasons,
    risks,
    forecast,
    predictedViewsMin: min,
    predictedViewsMax: max,
    targetShare: x.targetShare,
  };
}
