// What a completed match actually delivered. Drawn from the creator's features at
// proposal time through a "true" response that differs from the heuristic forecast
// stored on the match (different type effects, engagement and category lifts, stale
// channels collapsing, log-normal noise, rare hits), so a model fitted on history has
// something to learn and a holdout can tell a good forecast from the naive one.
import { category } from "./catalog.ts";
import { engagementNorm } from "./generate-creators.ts";
import type { ProposalFeatures } from "./proposal.ts";
import type { Rng } from "../random/seeded-random.ts";
import type { CampaignRow, CampaignType, OutcomeRow } from "./types.ts";

const DAY = 86_400_000;
// store visits per view of a viewer living near the store
const K_VISIT = 0.015;

/** Views of campaign content relative to the channel's median video, by campaign type. */
export const TRUE_TYPE_FACTOR: Record<CampaignType, number> = {
  SPONSORED_VIDEO: 0.75,
  PRODUCT_REVIEW: 0.95,
  GIFTING: 0.5,
  STORE_VISIT: 0.6,
  AFFILIATE: 0.7,
};

const TRUE_CTR: Record<CampaignType, number> = {
  SPONSORED_VIDEO: 0.036,
  PRODUCT_REVIEW: 0.045,
  GIFTING: 0.024,
  STORE_VISIT: 0.02,
  AFFILIATE: 0.07,
};

export type OutcomeInput = {
  matchId: string;
  campaign: CampaignRow;
  features: ProposalFeatures;
  /** category match factor 0-100 at proposal */
  categoryMatch: number;
  /** share of the audience inside the campaign's target, 0-1 */
  targetShare: number;
  /** share of the audience living in the campaign's places, 0-1 (1 without any) */
  placeShare: number;
  agreed: number;
  completedAt: number;
  priceLevel: number;
  now: number;
};

export function drawOutcome(o: OutcomeInput, r: Rng): OutcomeRow {
  const f = o.features;
  const c = o.campaign;
  const subs = f.subscribers ?? Math.max(100, f.medianViews * 8);
  const erRatio = Math.min(3, Math.max(0.3, f.engagementRate / engagementNorm(subs)));
  const categoryLift =
    o.categoryMatch >= 100 ? 1 : o.categoryMatch >= 80 ? 0.9 : o.categoryMatch >= 50 ? 0.8 : 0.65;
  const staleDrop = f.daysSinceLastVideo > 60 ? 0.45 : 1;
  // sponsored content on the biggest channels reaches a smaller share of their usual audience
  const sizeDrag = Math.pow(Math.max(subs, 1000) / 100_000, -0.05);
  const hit = r.chance(0.02) ? r.uniform(3, 10) : 1;
  const views = Math.max(
    0,
    Math.round(
      f.medianViews *
        TRUE_TYPE_FACTOR[c.type] *
        Math.pow(erRatio, 0.35) *
        categoryLift *
        staleDrop *
        sizeDrag *
        hit *
        r.logNormal(0, 0.45),
    ),
  );
  const likes = Math.min(views, Math.round(views * f.likeRate * 0.8 * r.logNormal(0, 0.2)));
  const comments = Math.min(views, Math.round(views * f.commentRate * r.logNormal(0, 0.3)));
  const shares = Math.round(views * f.shareRate * r.logNormal(0, 0.3));

  const cat = category(c.category);
  const ctr =
    TRUE_CTR[c.type] *
    Math.pow(f.engagementRate / 0.05, 0.8) *
    (0.5 + 0.8 * Math.min(1, o.targetShare * 1.5)) *
    r.logNormal(0, 0.35);
  const clicks = Math.min(views, r.poisson(views * Math.min(0.25, ctr)));
  let orders: number;
  let orderValue: number;
  if (c.type === "STORE_VISIT") {
    // visits come from the viewers who live near the store, and a tenth as many from
    // visitors, not from link clicks
    orders = r.poisson(views * (0.1 + 0.9 * o.placeShare) * K_VISIT * r.logNormal(0, 0.4));
    orderValue = o.priceLevel * 14_000 * r.uniform(2, 3);
  } else {
    orders = Math.min(clicks, r.poisson(clicks * cat.conversion * 1.4 * r.logNormal(0, 0.3)));
    orderValue = cat.orderValue * r.logNormal(0.3, 0.2);
  }
  const revenue = Math.round((orders * orderValue) / 100) * 100;
  const productCost =
    c.type === "GIFTING" || c.type === "PRODUCT_REVIEW"
      ? Math.round(cat.orderValue / 1000) * 1000
      : 0;
  return {
    matchId: o.matchId,
    views,
    likes,
    comments,
    shares,
    clicks,
    orders,
    revenue,
    cost: o.agreed + productCost,
    measuredAt: Math.round(Math.min(o.now - 3_600_000, o.completedAt + r.uniform(7, 14) * DAY)),
  };
}
