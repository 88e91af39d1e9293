// The scalar pieces of the four factors. Both the typed-array scan and the
// single-creator path call these, in the same order, so they agree to the last bit.
import { ENGAGEMENT_NORM, engagementQualityFactor, performanceTier, staleFactor } from "./norms.ts";
import type { CreatorFeatures, Tier } from "./types.ts";

// Expected views on a log scale: ~300 views scores 0, 1,000,000 scores 1.
export const VIEWS_LOG10_FLOOR = 2.5;
export const VIEWS_LOG10_SPAN = 3.5;
export function viewsScore(log10Views: number): number {
  const x = (log10Views - VIEWS_LOG10_FLOOR) / VIEWS_LOG10_SPAN;
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

// Engagement against the tier norm: at the norm 0.5, twice the norm 0.85, half 0.15.
// Unknown engagement (likes hidden) is neutral.
export function engagementScore(ratioToNorm: number): number {
  if (!(ratioToNorm > 0)) return 0.5;
  const x = 0.5 + 0.35 * Math.log2(ratioToNorm);
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

export const VIEWS_SHARE_OF_PERFORMANCE = 0.75;
export function performanceFactor(viewsScoreValue: number, engagementScoreValue: number): number {
  return (
    VIEWS_SHARE_OF_PERFORMANCE * viewsScoreValue +
    (1 - VIEWS_SHARE_OF_PERFORMANCE) * engagementScoreValue
  );
}

// Cost per expected view against the benchmark, on a log scale: at the benchmark 0.5,
// a quarter of it 1, four times it 0.
export function budgetScore(lnCost: number, lnViews: number, lnBenchmarkCpv: number): number {
  const x = 0.5 + (0.25 * (lnBenchmarkCpv - (lnCost - lnViews))) / Math.LN2;
  return x > 0 ? (x < 1 ? x : 1) : 0;
}
// An unknown rate scores a little under the benchmark: the price still has to be
// negotiated, and a creator must not win by leaving its rate card empty.
export const UNKNOWN_RATE_BUDGET = 0.4;

// A rate above the whole budget cannot be booked as is: the score is cut hard, more
// the further above it is, but the creator stays visible (a negotiation may work).
export function overBudgetMultiplier(cost: number, budget: number): number {
  const m = (0.5 * budget) / cost;
  return m > 0.05 ? m : 0.05;
}

// An unknown rate is priced at what channels performing like it usually ask
// (rate-estimate.ts, the same estimate the value-per-won ordering uses). When that is
// above the whole budget the score is cut, more gently than for a known rate (the
// estimate is rough and the creator may ask less): at twice the budget 0.71, four times
// 0.5, from a hundred times 0.1. Before, every unknown rate scored the same, so on a
// small budget mega channels with empty rate cards led the ranking.
export function estimatedOverBudgetMultiplier(estimate: number, budget: number): number {
  if (!(estimate > budget)) return 1;
  const m = Math.sqrt(budget / estimate);
  return m > 0.1 ? m : 0.1;
}

// Expected views gate the whole score: a creator nobody watches (no views, or views
// its audience does not engage with) cannot reach a high score on audience and
// category alone. From ~500 expected views (viewsScore 0.05) and 0.4x the engagement
// norm (engagementScore 0.05) up, the gate is 1 and changes nothing; tuned so that
// NDCG@10 on npm run eval:match does not drop.
export function viewsGate(viewsScoreValue: number): number {
  const g = 0.4 + 12 * viewsScoreValue;
  return g < 1 ? g : 1;
}
export function engagementGate(engagementScoreValue: number): number {
  const g = 0.6 + 8 * engagementScoreValue;
  return g < 1 ? g : 1;
}

// When the measured audience barely reaches the target (under 20 % of what a fully
// fitting audience reaches in the targeted age x gender x country, from the creator's
// own audience data), the score is capped at 30 plus 2.5 points per percent of reach:
// 0 % (no woman in a women's campaign) -> 30, 10 % -> 55, 19 % -> 77.5.
export const REACH_CAP_BELOW = 0.2;
export function reachCap(reach: number): number {
  return 30 + 250 * reach;
}

// Scores are compared at the precision they are shown (one decimal), so that equal
// shown scores are ties and resolve by id.
export function roundScore(x: number): number {
  return Math.round(x * 10) / 10;
}

export function dimensionFit(share: number, invFullFit: number): number {
  const x = share * invFullFit;
  return x < 1 ? x : 1;
}

// Geometric mean of the per-dimension fits: one dimension completely off (no viewers
// in the target country) sinks the overlap, as it should.
export const MIN_AUDIENCE_PRODUCT = 1e-4;
export function audienceFactor(product: number, dims: number, neutral: number): number {
  const x = product > MIN_AUDIENCE_PRODUCT ? product : MIN_AUDIENCE_PRODUCT;
  // Roots instead of Math.pow: this runs once per creator in the scan.
  switch (dims) {
    case 0:
      return neutral;
    case 1:
      return x;
    case 2:
      return Math.sqrt(x);
    case 3:
      return Math.cbrt(x);
    default:
      return Math.sqrt(Math.sqrt(x));
  }
}

export interface CreatorStatics {
  // the tier the channel performs like (by views), for norms and multipliers
  performanceTier: Tier;
  // log10 of the recent median views after staleness and engagement-quality discounts
  log10EffectiveViews: number;
  engagementScore: number;
  engagementRatio: number;
  staleFactor: number;
  qualityFactor: number;
}

// The campaign-independent part of performance, precomputed once per creator.
export function creatorStatics(f: CreatorFeatures): CreatorStatics {
  const tier = performanceTier(f.platform, f.medianViews);
  const norm = ENGAGEMENT_NORM[f.platform][tier];
  const ratio = f.engagementRate > 0 ? f.engagementRate / norm : 0;
  const stale = staleFactor(f.daysSinceLastVideo);
  const quality = engagementQualityFactor(ratio);
  const eff = f.medianViews * stale * quality;
  return {
    performanceTier: tier,
    log10EffectiveViews: eff > 0 ? Math.log10(eff) : -Infinity,
    engagementScore: engagementScore(ratio),
    engagementRatio: ratio,
    staleFactor: stale,
    qualityFactor: quality,
  };
}
