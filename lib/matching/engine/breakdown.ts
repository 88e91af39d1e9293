// One creator scored from its feature object, keeping every intermediate value so the
// reasons and risks can quote them. It is also the reference the typed-array scan in
// rank.ts must agree with exactly (tests compare the two), so the arithmetic below
// runs in the same order as the scan.
import { fxRate } from "../../money.ts";
import { SHARE_SCALE, toIndexPrecision } from "./creator-index.ts";
import {
  audienceFactor,
  budgetScore,
  creatorStatics,
  dimensionFit,
  engagementGate,
  REACH_CAP_BELOW,
  reachCap,
  roundScore,
  UNKNOWN_RATE_BUDGET,
  viewsGate,
  overBudgetMultiplier,
  estimatedOverBudgetMultiplier,
  performanceFactor,
  viewsScore,
} from "./factors.ts";
import {
  countryShareWithoutAudience,
  homeRegionShare,
  measuredRegionWeight,
  NEUTRAL_AUDIENCE,
  type PreparedCampaign,
} from "./prepare-campaign.ts";
import { CATEGORY_POSITION_WEIGHTS, categorySimilarity } from "./taxonomy.ts";
import { PLATFORM_SLUGS, TIER_SLUGS, type CreatorFeatures, type Tier } from "./types.ts";

// The value key of a creator whose rate is above the whole budget: below any creator
// within it, also one with no expected views (value 0), so "ranks last by value" holds.
export const OVER_BUDGET_VALUE = -1;
export type ShareSource = "audience" | "home" | "prior";

export interface DimensionBreakdown {
  share: number;
  fit: number;
  source: ShareSource;
}

export interface Breakdown {
  // the features as scored (index precision)
  features: CreatorFeatures;
  // 0..1
  audience: number;
  category: number;
  performance: number;
  budget: number;
  // 0..100, one decimal: the weighted factors, times the penalty and the gate, capped
  score: number;
  penaltyMultiplier: number;
  // expected-views gate (factors.ts): views part x engagement part, 1 = no effect
  gate: number;
  viewsGate: number;
  engagementGate: number;
  // how far the measured audience reaches the target: the product of the fits (share
  // against a fully fitting audience's share) of the age, gender and country
  // dimensions the creator's audience data measures; null when none is measured
  targetReach: number | null;
  // the cap applied because targetReach is under REACH_CAP_BELOW; null = not capped
  reachCap: number | null;
  // share of the audience in the targeted age x gender x country, measured or assumed
  targetShare: number;
  // the value ordering's key: expected views in the target audience (age, gender,
  // country and region), times the
  // category match, per unit of cost (rate, or the estimate when unknown, plus
  // handling); 0 above the budget
  valuePerCost: number;
  costEstimated: boolean;
  age: DimensionBreakdown | null;
  gender: DimensionBreakdown | null;
  country: DimensionBreakdown | null;
  region: DimensionBreakdown | null;
  bestCategory: string | null;
  bestCategoryPosition: number;
  bestCategorySimilarity: number;
  log10EffectiveViews: number;
  effectiveViews: number;
  viewsScore: number;
  engagementScore: number;
  engagementRatio: number;
  performanceTier: Tier;
  staleFactor: number;
  qualityFactor: number;
  // the creator's rate in the campaign currency; null when unknown or unconvertible
  cost: number | null;
  costPerEffectiveView: number | null;
  benchmarkCpv: number;
  overBudget: boolean;
  // the cost unknown, and what channels performing like this one usually ask (in the
  // campaign currency) is above the whole budget: the score is cut for it
  estimatedOverBudget: boolean;
  estimatedRate: number;
  currencyConverted: boolean;
}

function sumTargetShares(
  shares: Record<string, number> | null | undefined,
  targets: ReadonlySet<string>,
): number {
  let sum = 0;
  if (shares)
    for (const [k, s] of Object.entries(shares))
      if (targets.has(k)) sum += Math.round(s * SHARE_SCALE);
  return sum / SHARE_SCALE;
}

// Measured shares by region weighted for district targets (measuredRegionWeight), in the
// order and arithmetic of the scan's loop over the index's slots.
function weightedRegionShares(
  shares: Record<string, number>,
  q: PreparedCampaign,
  home: string | null,
): number {
  let sum = 0;
  for (const [k, s] of Object.entries(shares)) {
    sum += Math.round(s * SHARE_SCALE) * measuredRegionWeight(q, k, home);
  }
  return sum / SHARE_SCALE;
}

export function computeBreakdown(input: CreatorFeatures, q: PreparedCampaign): Breakdown {
  const c = toIndexPrecision(input);
  const platformIx = PLATFORM_SLUGS.indexOf(c.platform);

  let product = 1;
  let reach = 1;
  let measured = false;
  let targetShare = 1;
  let age: DimensionBreakdown | null = null;
  if (q.ageTargeted) {
    let share: number;
    let source: ShareSource;
    if (c.audienceAge.length > 0) {
      let sum = 0;
      for (let b = 0; b < q.ageMask.length; b++) {
        if (q.ageMask[b] === 1) sum += Math.round(c.audienceAge[b] * SHARE_SCALE);
      }
      share = sum / SHARE_SCALE;
      source = "audience";
    } else {
      share = q.agePriorShare;
      source = "prior";
    }
    const fit = dimensionFit(share, q.ageInvFullFit);
    product *= fit;
    targetShare *= share;
    if (source === "audience") {
      reach *= fit;
      measured = true;
    }
    age = { share, fit, source };
  }
  let gender: DimensionBreakdown | null = null;
  if (q.genderTarget >= 0) {
    let share: number;
    let source: ShareSource;
    if (c.audienceGender.length > 0) {
      const fb = Math.round(c.audienceGender[0] * SHARE_SCALE);
      share = (q.genderTarget === 0 ? fb : SHARE_SCALE - fb) / SHARE_SCALE;
      source = "audience";
    } else {
      share = q.genderPriorShare;
      source = "prior";
    }
    const fit = dimensionFit(share, q.genderInvFullFit);
    product *= fit;
    targetShare *= share;
    if (source === "audience") {
      reach *= fit;
      measured = true;
    }
    gender = { share, fit, source };
  }
  let country: DimensionBreakdown | null = null;
  if (q.countries.size > 0) {
    let share: number;
    let source: ShareSource;
    if (c.audienceCountries) {
      share = sumTargetShares(c.audienceCountries, q.countries);
      source = "audience";
    } else {
      share = countryShareWithoutAudience(q, c.country);
      source = c.country === null ? "prior" : "home";
    }
    const fit = dimensionFit(share, q.countryInvFullFit);
    product *= fit;
    targetShare *= share;
    if (source === "audience") {
      reach *= fit;
      measured = true;
    }
    country = { share, fit, source };
  }
  let region: DimensionBreakdown | null = null;
  if (q.regionTargeted) {
    let share: number;
    let source: ShareSource;
    const home = c.district ?? c.region;
    if (c.audienceRegions) {
      share =
        q.districts.size > 0
          ? weightedRegionShares(c.audienceRegions, q, home)
          : sumTargetShares(c.audienceRegions, q.regions);
      source = "audience";
    } else {
      share = homeRegionShare(q, home);
      source = c.region === null ? "prior" : "home";
    }
    const fit = dimensionFit(share, q.regionInvFullFit);
    product *= fit;
    // a local store buys the views of people who live near it
    targetShare *= share;
    region = { share, fit, source };
  }
  const audience = audienceFactor(product, q.targetDims, NEUTRAL_AUDIENCE);

  let category = 0;
  let bestCategory: string | null = null;
  let bestCategoryPosition = -1;
  let bestCategorySimilarity = 0;
  for (let k = 0; k < c.categories.length; k++) {
    const sim = categorySimilarity(q.category, c.categories[k]);
    const s = sim * CATEGORY_POSITION_WEIGHTS[k];
    if (s > category) {
      category = s;
      bestCategory = c.categories[k];
      bestCategoryPosition = k;
      bestCategorySimilarity = sim;
    }
  }

  const st = creatorStatics(c);
  const tierIx = TIER_SLUGS.indexOf(st.performanceTier);
  const log10Eff = Math.fround(st.log10EffectiveViews);
  const engScore = Math.fround(st.engagementScore);
  const vs = viewsScore(log10Eff + q.log10ViewsMultiplier[tierIx]);
  const performance = performanceFactor(vs, engScore);
  const lnViews = log10Eff * Math.LN10 + q.lnViewsMultiplier[tierIx];

  let budget = UNKNOWN_RATE_BUDGET;
  let penaltyMultiplier = 1;
  let cost: number | null = null;
  let overBudget = false;
  const fx = c.ratePerVideo !== null ? fxRate(c.currency, q.currency) : NaN;
  if (c.ratePerVideo !== null && fx === fx) {
    cost = c.ratePerVideo * fx;
    if (cost > q.budget) {
      overBudget = true;
      budget = 0;
      penaltyMultiplier = overBudgetMultiplier(cost, q.budget);
    } else {
      budget = budgetScore(Math.log(cost + q.handlingCost), lnViews, q.lnBenchmarkCpv[platformIx]);
    }
  } else {
    penaltyMultiplier = estimatedOverBudgetMultiplier(q.estimatedRateByTier[tierIx], q.budget);
  }

  const w = q.weights;
  const vGate = viewsGate(vs);
  const eGate = engagementGate(engScore);
  const gate = vGate * eGate;
  let raw =
    100 *
    (w.audienceOverlap * audience +
      w.categoryMatch * category +
      w.performancePrediction * performance +
      w.budgetFit * budget) *
    penaltyMultiplier *
    gate;
  let cap: number | null = null;
  if (measured && reach < REACH_CAP_BELOW) {
    cap = reachCap(reach);
    if (raw > cap) raw = cap;
    else cap = null;
  }
  const score = roundScore(raw);

  const effectiveViews = Number.isFinite(lnViews) ? Math.exp(lnViews) : 0;
  const valueCost = cost !== null ? cost : q.estimatedRateByTier[tierIx];
  const valuePerCost =
    valueCost <= q.budget
      ? (effectiveViews * targetShare * category) / (valueCost + q.handlingCost)
      : OVER_BUDGET_VALUE;
  return {
    features: c,
    audience,
    category,
    performance,
    budget,
    score,
    penaltyMultiplier,
    gate,
    viewsGate: vGate,
    engagementGate: eGate,
    targetReach: measured ? reach : null,
    targetShare,
    valuePerCost,
    costEstimated: cost === null,
    reachCap: cap,
    age,
    gender,
    country,
    region,
    bestCategory,
    bestCategoryPosition,
    bestCategorySimilarity,
    log10EffectiveViews: log10Eff,
    effectiveViews,
    viewsScore: vs,
    engagementScore: engScore,
    engagementRatio: st.engagementRatio,
    performanceTier: st.performanceTier,
    staleFactor: st.staleFactor,
    qualityFactor: st.qualityFactor,
    cost,
    costPerEffectiveView: cost !== null && effectiveViews > 0 ? cost / effectiveViews : null,
    benchmarkCpv: Math.exp(q.lnBenchmarkCpv[platformIx]),
    overBudget,
    estimatedOverBudget: cost === null && q.estimatedRateByTier[tierIx] > q.budget,
    estimatedRate: q.estimatedRateByTier[tierIx],
    currencyConverted: c.ratePerVideo !== null && c.currency !== q.currency,
  };
}
