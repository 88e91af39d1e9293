// Forecast model: what a campaign video will do, from the channel's recent videos and
// priors per tier / category / campaign type. The parameters are plain JSON so the
// fitted model can be stored and reloaded; fitForecastModel refits them from completed
// matches, shrinking each group toward the prior by how much data it has.
import { fxRate } from "../../money.ts";
import { creatorStatics } from "../engine/factors.ts";
import { ENGAGEMENT_NORM, performanceTier } from "../engine/norms.ts";
import { clamp, quantile } from "../engine/stats.ts";
import {
  CAMPAIGN_TYPE_SLUGS,
  TIER_SLUGS,
  type CampaignType,
  type CreatorFeatures,
  type Forecast,
  type Platform,
  type Tier,
} from "../engine/types.ts";

export interface ForecastModel {
  version: 1;
  fittedAt: string | null;
  trainingRows: number;
  // probability the actual views land inside the predicted [min, max]
  coverage: number;
  // ln(campaign video views / channel's recent median views), per tier (the tier the
  // channel performs like by its median views, see norms.performanceTier) ...
  logViewsMultiplier: Record<Tier, number>;
  // ... plus this per campaign type
  logViewsMultiplierByType: Record<CampaignType, number>;
  // spread of ln(actual / predicted) per tier, before the channel's own spread
  logViewsSigma: Record<Tier, number>;
  // calibration of the interval width so that `coverage` holds on history
  intervalScale: number;
  // engagement of a sponsored video relative to the channel's median engagement
  engagementMultiplier: number;
  // shares / views when the platform does not publish shares
  defaultShareRate: Record<Platform, number>;
  // link clicks / views, percent, by campaign category ("default" for the rest)
  ctrPct: Record<string, number>;
  ctrTypeMultiplier: Record<CampaignType, number>;
  // orders / clicks, percent, by campaign category
  purchaseRatePct: Record<string, number>;
  // orders per click by campaign type against the category's rate (a store visit is not
  // bought through the link the way an online order is)
  purchaseTypeMultiplier: Record<CampaignType, number>;
  // revenue / order in KRW, by campaign category
  avgOrderValueKrw: Record<string, number>;
  // what a view typically costs in sponsored content, KRW; budget efficiency is
  // judged against it
  benchmarkCpvKrw: Record<Platform, number>;
  // for a campaign that targets places (a store's district): the share of a whole
  // audience's sales that comes from viewers living elsewhere (visitors, commuters);
  // the viewers in the places bring the rest in proportion to their share
  salesFromElsewhere: number;
  // rows behind each fitted group, for transparency ("tier:mid" -> 42)
  groupCounts: Record<string, number>;
}

const ln = Math.log;

export const DEFAULT_FORECAST_MODEL: ForecastModel = {
  version: 1,
  fittedAt: null,
  trainingRows: 0,
  coverage: 0.8,
  // Sponsored videos usually do a bit worse than a channel's own content, and the
  // gap grows with channel size.
  logViewsMultiplier: {
    nano: ln(0.9),
    micro: ln(0.9),
    mid: ln(0.85),
    macro: ln(0.8),
    mega: ln(0.75),
  },
  logViewsMultiplierByType: {
    sponsored_video: 0,
    product_review: 0,
    gifting: ln(0.85),
    store_visit: ln(0.9),
    affiliate: ln(0.95),
  },
  logViewsSigma: { nano: 0.9, micro: 0.8, mid: 0.7, macro: 0.65, mega: 0.6 },
  intervalScale: 1,
  engagementMultiplier: 0.8,
  defaultShareRate: { youtube: 0.002, instagram: 0.004, tiktok: 0.006 },
  ctrPct: {
    default: 0.6,
    beauty: 0.8,
    fashion: 0.8,
    food: 0.5,
    cooking: 0.6,
    travel: 0.5,
    tech: 1.0,
    gaming: 0.4,
    fitness: 0.7,
    health: 0.7,
    sports: 0.4,
    outdoor: 0.6,
    parenting: 0.9,
    kids: 0.2,
    education: 0.8,
    finance: 0.9,
    lifestyle: 0.6,
    music: 0.3,
    kpop: 0.4,
    entertainment: 0.3,
    pets: 0.7,
    home: 0.8,
    auto: 0.6,
    art: 0.5,
  },
  ctrTypeMultiplier: {
    sponsored_video: 1,
    product_review: 1.2,
    gifting: 0.6,
    store_visit: 0.5,
    affiliate: 1.5,
  },
  purchaseTypeMultiplier: {
    sponsored_video: 1,
    product_review: 1,
    gifting: 1,
    store_visit: 1,
    affiliate: 1,
  },
  purchaseRatePct: {
    default: 2.0,
    beauty: 3.0,
    fashion: 2.5,
    food: 4.0,
    cooking: 3.0,
    travel: 1.0,
    tech: 1.5,
    gaming: 1.8,
    fitness: 2.5,
    health: 2.5,
    sports: 2.0,
    outdoor: 1.8,
    parenting: 3.0,
    kids: 2.5,
    education: 1.5,
    finance: 0.8,
    lifestyle: 2.2,
    music: 1.5,
    kpop: 2.5,
    entertainment: 1.5,
    pets: 3.0,
    home: 2.0,
    auto: 0.3,
    art: 2.0,
  },
  avgOrderValueKrw: {
    default: 40_000,
    beauty: 35_000,
    fashion: 65_000,
    food: 28_000,
    cooking: 30_000,
    travel: 300_000,
    tech: 180_000,
    gaming: 45_000,
    fitness: 50_000,
    health: 45_000,
    sports: 70_000,
    outdoor: 90_000,
    parenting: 45_000,
    kids: 35_000,
    education: 60_000,
    finance: 100_000,
    lifestyle: 40_000,
    music: 30_000,
    kpop: 35_000,
    entertainment: 25_000,
    pets: 40_000,
    home: 70_000,
    auto: 250_000,
    art: 35_000,
  },
  benchmarkCpvKrw: { youtube: 150, instagram: 120, tiktok: 80 },
  salesFromElsewhere: 0.2,
  groupCounts: {},
};

// z of a two-sided central interval: 80% -> 1.2816.
export function zForCoverage(coverage: number): number {
  // Bisection on the normal CDF: called once per explained result, exact enough.
  const p = 0.5 + coverage / 2;
  let lo = 0;
  let hi = 6;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (normalCdf(mid) < p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

function normalCdf(x: number): number {
  // Abramowitz-Stegun 7.1.26 on erf, |error| < 1.5e-7.
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) *
      t *
      Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

export function lookup(table: Record<string, number>, key: string): number {
  return Object.hasOwn(table, key) ? table[key] : table.default;
}

// ln(expected campaign views / median views) for a tier and campaign type.
export function logViewsMultiplier(model: ForecastModel, tier: Tier, type: CampaignType): number {
  return model.logViewsMultiplier[tier] + model.logViewsMultiplierByType[type];
}

// The channel's own spread between typical videos (IQR in log space -> sigma), plus
// extra width when the estimate rests on few videos.
function ownLogSpread(f: CreatorFeatures): number {
  if (f.viewsP25 > 0 && f.viewsP75 > 0) return Math.log(f.viewsP75 / f.viewsP25) / 1.349;
  return 1;
}

function unscaledLogSigma(f: CreatorFeatures, model: ForecastModel): number {
  const tierSigma = model.logViewsSigma[performanceTier(f.platform, f.medianViews)];
  const own = ownLogSpread(f);
  const thin = f.videoCount >= 10 ? 0 : (0.6 * (10 - f.videoCount)) / 10;
  return Math.sqrt(tierSigma * tierSigma + 0.5 * own * own + thin * thin);
}

export function predictedLogViews(
  f: CreatorFeatures,
  type: CampaignType,
  model: ForecastModel,
): number {
  if (!(f.medianViews > 0)) return -Infinity;
  // The same discounted views the score uses (creatorStatics): staleness and views
  // the audience does not engage with.
  const st = creatorStatics(f);
  return st.log10EffectiveViews * Math.LN10 + logViewsMultiplier(model, st.performanceTier, type);
}

export interface ForecastCampaign {
  category: string;
  type?: CampaignType;
  currency?: string;
  // the campaign's cost of handling one creator (prepare-campaign.ts), in `currency`;
  // part of the cost per view
  handlingCost?: number;
  // for a campaign that targets places (a store's district, regions): the share (0-1)
  // of the viewers who live in them; absent when it targets none (anyone can order
  // online). Sales and revenue follow it (salesShare); views and clicks do not.
  placeShare?: number;
}

/** A share in [0, 1], else none (no place targeted). */
function placeShareOf(x: number | undefined): number | null {
  // a share read from rounded audience parts can come out a hair above 1
  return x !== undefined && Number.isFinite(x) ? clamp(x, 0, 1) : null;
}

/**
 * The share of a whole audience's sales a campaign can expect: all of them when it
 * targets no place; for a store, its neighbours' share and the custom from elsewhere.
 */
function salesShare(placeShare: number | undefined, elsewhere: number): number {
  const share = placeShareOf(placeShare);
  return share === null ? 1 : elsewhere + (1 - elsewhere) * share;
}

export function predict(
  f: CreatorFeatures,
  campaign: ForecastCampaign,
  model: ForecastModel = DEFAULT_FORECAST_MODEL,
): Forecast {
  const type = campaign.type ?? "sponsored_video";
  const currency = campaign.currency ?? "KRW";
  const logViews = predictedLogViews(f, type, model);
  const expected = Number.isFinite(logViews) ? Math.exp(logViews) : 0;
  const sigma = unscaledLogSigma(f, model) * model.intervalScale;
  const z = zForCoverage(model.coverage);
  const views = {
    min: Math.round(expected * Math.exp(-z * sigma)),
    max: Math.round(expected * Math.exp(z * sigma)),
    expected: Math.round(expected),
    confidence: model.coverage,
  };
  // Hidden like counts leave the rate at 0; the norm for the channel's reach stands in
  // (likes are about nine in ten engagements).
  const engagementRate =
    f.engagementRate > 0
      ? f.engagementRate
      : ENGAGEMENT_NORM[f.platform][performanceTier(f.platform, f.medianViews)];
  const likeRate =
    f.likeRate > 0
      ? f.likeRate
      : Math.max(0, engagementRate - f.commentRate) || 0.9 * engagementRate;
  const likes = expected * likeRate * model.engagementMultiplier;
  const comments = expected * f.commentRate * model.engagementMultiplier;
  const shareRate = f.shareRate > 0 ? f.shareRate : model.defaultShareRate[f.platform];
  const shares = expected * shareRate * model.engagementMultiplier;
  const ctrPct = lookup(model.ctrPct, campaign.category) * model.ctrTypeMultiplier[type];
  const clicks = (expected * ctrPct) / 100;
  const purchaseRatePct =
    lookup(model.purchaseRatePct, campaign.category) * model.purchaseTypeMultiplier[type];
  const placeShare = placeShareOf(campaign.placeShare);
  const orders =
    (clicks * purchaseRatePct * salesShare(campaign.placeShare, model.salesFromElsewhere)) / 100;
  const aovKrw = lookup(model.avgOrderValueKrw, campaign.category);
  const fxFromKrw = fxRate("KRW", currency);
  const fxRateCard = f.ratePerVideo !== null ? fxRate(f.currency, currency) : NaN;
  const round1 = (x: number) => Math.round(x * 10) / 10;
  return {
    views,
    likes: Math.round(likes),
    comments: Math.round(comments),
    shares: Math.round(shares),
    engagementRatePct: Math.round(engagementRate * model.engagementMultiplier * 10_000) / 100,
    ctrPct: Math.round(ctrPct * 100) / 100,
    clicks: Math.round(clicks),
    purchaseRatePct: Math.round(purchaseRatePct * 100) / 100,
    placeSharePct: placeShare === null ? null : Math.round(placeShare * 10_000) / 100,
    estimatedSales: round1(orders),
    estimatedRevenue: Number.isFinite(fxFromKrw) ? Math.round(orders * aovKrw * fxFromKrw) : 0,
    costPerView:
      f.ratePerVideo !== null && Number.isFinite(fxRateCard) && views.expected > 0
        ? costPerView(f.ratePerVideo * fxRateCard, campaign.handlingCost ?? 0, views.expected)
        : null,
    currency,
  };
}

// The one cost-per-view definition: what booking the creator costs (rate + handling)
// per expected view, two decimals. Reasons quote the same number.
export function costPerView(rate: number, handling: number, expectedViews: number): number {
  return Math.round(((rate + handling) / expectedViews) * 100) / 100;
}

// ───────────────────────────── fitting ─────────────────────────────

/** What a completed match actually achieved (match_outcomes, less cost). */
export interface MatchActuals {
  views: number;
  likes: number;
  comments: number;
  shares: number;
  clicks: number;
  orders: number;
  revenue: number;
}

export interface ForecastTrainingRow {
  features: CreatorFeatures;
  // placeShare: as forecast at proposal (ForecastCampaign); absent = no place counted.
  // placeShareUnknown: a store visit that targets places, forecast before the share was
  // kept; its sales are left out of the purchase fits
  campaign: {
    category: string;
    type?: CampaignType;
    budget: number;
    placeShare?: number;
    placeShareUnknown?: boolean;
  };
  actual: MatchActuals;
}

// Pseudo-rows of prior belief per group: a group with this many rows is half data,
// half prior.
const PRIOR_STRENGTH = 8;
const RATE_PRIOR_STRENGTH = 10;

function shrink(n: number, dataValue: number, priorValue: number, k = PRIOR_STRENGTH): number {
  return n > 0 ? (n * dataValue + k * priorValue) / (n + k) : priorValue;
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

/** A training row's campaign type (rows from before types were kept: sponsored video). */
function typeOf(r: ForecastTrainingRow): CampaignType {
  return r.campaign.type ?? "sponsored_video";
}

/** Clicks weighed by the share of them that could become a sale (salesShare). */
function salesClicks(rows: readonly ForecastTrainingRow[], elsewhere: number): number {
  return rows.reduce(
    (a, r) => a + r.actual.clicks * salesShare(r.campaign.placeShare, elsewhere),
    0,
  );
}

// The share of a placed campaign's sales from elsewhere that best explains the placed
// rows that can tell (link clicks, and creators unlike in how many viewers live near):
// on a grid of 0-1, each category's orders per weighed click among them (their own
// level: a store's visits per click are not an online shop's orders) predicts each
// row's orders, and the squared error of log(1 + orders) is least. Only a real
// improvement on the prior's error moves it, and the result is shrunk toward the prior
// by the rows that could tell, like the rates.
function fitSalesFromElsewhere(rows: readonly ForecastTrainingRow[], prior: number): number {
  const placed = rows.filter(placedAndTelling);
  // (a loop, not Math.max(...shares): a long history would overflow the call's arguments)
  let low = Infinity;
  let high = -Infinity;
  for (const r of placed) {
    const share = placeShareOf(r.campaign.placeShare)!;
    low = Math.min(low, share);
    high = Math.max(high, share);
  }
  if (placed.length === 0 || high - low < MIN_PLACE_SPREAD) return prior;
  const byCategory = [...groupBy(placed, (r) => r.campaign.category).values()];
  const lossAt = (elsewhere: number) => {
    let loss = 0;
    for (const g of byCategory) {
      const clicks = salesClicks(g, elsewhere);
      const rate = clicks > 0 ? g.reduce((a, r) => a + r.actual.orders, 0) / clicks : 0;
      for (const r of g) {
        const predicted = r.actual.clicks * rate * salesShare(r.campaign.placeShare, elsewhere);
        loss += (Math.log1p(r.actual.orders) - Math.log1p(predicted)) ** 2;
      }
    }
    return loss;
  };
  let best = prior;
  let bestLoss = lossAt(prior);
  for (let step = 0; step <= 20; step++) {
    const loss = lossAt(step / 20);
    if (loss < bestLoss * (1 - 1e-9)) {
      bestLoss = loss;
      best = step / 20;
    }
  }
  return clamp(shrink(placed.length, best, prior, RATE_PRIOR_STRENGTH), 0, 1);
}

/** Placed rows whose place shares differ less than this say nothing of the shape. */
const MIN_PLACE_SPREAD = 0.05;

/** A placed row with link clicks and readable sales: one that can tell the shape. */
function placedAndTelling(r: ForecastTrainingRow): boolean {
  return r.actual.clicks > 0 && placeShareOf(r.campaign.placeShare) !== null && salesKnown(r);
}

/**
 * False for a store visit that targets places but was forecast before its place share
 * was kept (ForecastTrainingRow): its sales cannot be read against the place, so the
 * purchase fits leave it out (its views and clicks still count).
 */
function salesKnown(r: ForecastTrainingRow): boolean {
  return r.campaign.placeShareUnknown !== true;
}

// Fits view multipliers (per tier, then per campaign type on what is left), residual
// spread per tier, the interval calibration, the engagement multiplier, and CTR /
// purchase rate / order value per category. Each group is shrunk toward `prior` in
// log space, so a category with three campaigns moves only a little.
export function fitForecastModel(
  rows: readonly ForecastTrainingRow[],
  prior: ForecastModel = DEFAULT_FORECAST_MODEL,
  fittedAt: Date = new Date(),
): ForecastModel {
  const model: ForecastModel = JSON.parse(JSON.stringify(prior));
  model.fittedAt = fittedAt.toISOString();
  model.trainingRows = rows.length;
  model.groupCounts = {};

  const viewRows = rows.filter(
    (r) => r.features.medianViews > 0 && r.actual.views > 0 && Number.isFinite(r.actual.views),
  );
  const base = (r: ForecastTrainingRow) =>
    Math.log(r.actual.views) - creatorStatics(r.features).log10EffectiveViews * Math.LN10;

  // 1. tier multipliers (tier by views, as in prediction), measured with the prior
  // type effect taken out
  const tierOfRow = (r: ForecastTrainingRow) =>
    performanceTier(r.features.platform, r.features.medianViews);
  const byTier = groupBy(viewRows, tierOfRow);
  for (const t of TIER_SLUGS) {
    const g = byTier.get(t) ?? [];
    model.groupCounts[`tier:${t}`] = g.length;
    if (g.length === 0) continue;
    const m = mean(g.map((r) => base(r) - prior.logViewsMultiplierByType[typeOf(r)]));
    model.logViewsMultiplier[t] = shrink(g.length, m, prior.logViewsMultiplier[t]);
  }
  // 2. type multipliers on what the tiers leave
  const byType = groupBy(viewRows, typeOf);
  for (const ty of CAMPAIGN_TYPE_SLUGS) {
    const g = byType.get(ty) ?? [];
    model.groupCounts[`type:${ty}`] = g.length;
    if (g.length === 0) continue;
    const m = mean(g.map((r) => base(r) - model.logViewsMultiplier[tierOfRow(r)]));
    model.logViewsMultiplierByType[ty] = shrink(g.length, m, prior.logViewsMultiplierByType[ty]);
  }
  // 3. residual spread per tier (variance shrunk toward the prior variance)
  const residual = (r: ForecastTrainingRow) =>
    Math.log(r.actual.views) - predictedLogViews(r.features, typeOf(r), model);
  for (const t of TIER_SLUGS) {
    const g = byTier.get(t) ?? [];
    if (g.length < 2) continue;
    const res = g.map(residual);
    const mu = mean(res);
    const v = res.reduce((a, x) => a + (x - mu) ** 2, 0) / (g.length - 1);
    const pv = prior.logViewsSigma[t] ** 2;
    model.logViewsSigma[t] = Math.sqrt(shrink(g.length, v, pv));
  }
  // 4. interval calibration: the scale that puts `coverage` of history inside
  if (viewRows.length >= 5) {
    const z = zForCoverage(model.coverage);
    const ratios = viewRows.map(
      (r) => Math.abs(residual(r)) / (z * unscaledLogSigma(r.features, model)),
    );
    const needed = quantile(ratios, model.coverage);
    const w = viewRows.length / (viewRows.length + 20);
    model.intervalScale = clamp(w * needed + (1 - w) * prior.intervalScale, 0.3, 3);
  }
  // 5. engagement of the campaign video vs the channel's norm
  const engRows = viewRows.filter((r) => r.features.engagementRate > 0);
  if (engRows.length > 0) {
    const logRatios = engRows
      .map((r) => (r.actual.likes + r.actual.comments) / r.actual.views / r.features.engagementRate)
      .filter((x) => x > 0)
      .map(Math.log);
    if (logRatios.length > 0) {
      model.engagementMultiplier = Math.exp(
        shrink(logRatios.length, mean(logRatios), Math.log(prior.engagementMultiplier)),
      );
    }
    model.groupCounts.engagement = logRatios.length;
  }
  // 6. how much of a store's custom comes from viewers living elsewhere (placed rows)
  model.salesFromElsewhere = fitSalesFromElsewhere(rows, prior.salesFromElsewhere);
  model.groupCounts.placed = rows.filter(placedAndTelling).length;
  // 7. CTR / purchase rate / order value per category, as ratios of sums (big
  // campaigns weigh more) shrunk toward the prior in log space
  const byCategory = groupBy(rows, (r) => r.campaign.category);
  for (const [cat, g] of byCategory) {
    model.groupCounts[`category:${cat}`] = g.length;
    const priorCtr = lookup(prior.ctrPct, cat);
    const clicks = g.reduce((a, r) => a + r.actual.clicks, 0);
    // CTR rows are normalised by the type multiplier so that affiliate campaigns do not
    // inflate the category's base CTR.
    const typedViews = g.reduce(
      (a, r) => a + r.actual.views * prior.ctrTypeMultiplier[typeOf(r)],
      0,
    );
    const n = g.filter((r) => r.actual.views > 0).length;
    // A group with no clicks at all still says "lower than the prior": count it as one.
    if (typedViews > 0) {
      const ctr = (100 * Math.max(clicks, 1)) / typedViews;
      model.ctrPct[cat] = Math.exp(
        shrink(n, Math.log(ctr), Math.log(priorCtr), RATE_PRIOR_STRENGTH),
      );
    }
    const orders = g.reduce((a, r) => a + r.actual.orders, 0);
    const revenue = g.reduce((a, r) => a + r.actual.revenue, 0);
    const nOrder = g.filter((r) => r.actual.orders > 0).length;
    if (orders > 0 && revenue > 0) {
      const aov = revenue / orders;
      model.avgOrderValueKrw[cat] = Math.exp(
        shrink(
          nOrder,
          Math.log(aov),
          Math.log(lookup(prior.avgOrderValueKrw, cat)),
          RATE_PRIOR_STRENGTH,
        ),
      );
    }
  }
  fitPurchaseRates(rows, prior, model);
  return model;
}

// Orders per click per category and per campaign type, as ratios of sums over the
// clicks that could become a sale (a local store's at its sales share), each shrunk
// toward the prior in log space: the category rates first with the prior type
// multipliers, the type multipliers on what they leave, the category rates again.
function fitPurchaseRates(
  rows: readonly ForecastTrainingRow[],
  prior: ForecastModel,
  model: ForecastModel,
): void {
  const couldBuy = (r: ForecastTrainingRow) =>
    r.actual.clicks * salesShare(r.campaign.placeShare, model.salesFromElsewhere);
  const orders = (g: readonly ForecastTrainingRow[]) => g.reduce((a, r) => a + r.actual.orders, 0);
  const withClicks = (g: readonly ForecastTrainingRow[]) =>
    g.filter((r) => r.actual.clicks > 0).length;
  const known = rows.filter(salesKnown);
  const byCategory = groupBy(known, (r) => r.campaign.category);
  const fitCategories = () => {
    for (const [cat, g] of byCategory) {
      const expected = g.reduce(
        (a, r) => a + couldBuy(r) * model.purchaseTypeMultiplier[typeOf(r)],
        0,
      );
      if (expected <= 0) continue;
      const pr = (100 * Math.max(orders(g), 0.5)) / expected;
      model.purchaseRatePct[cat] = Math.exp(
        shrink(
          withClicks(g),
          Math.log(pr),
          Math.log(lookup(prior.purchaseRatePct, cat)),
          RATE_PRIOR_STRENGTH,
        ),
      );
    }
  };
  fitCategories();
  const byType = groupBy(known, typeOf);
  for (const [type, g] of byType) {
    model.groupCounts[`purchaseType:${type}`] = g.length;
    const expected = g.reduce(
      (a, r) => a + (couldBuy(r) * lookup(model.purchaseRatePct, r.campaign.category)) / 100,
      0,
    );
    if (expected <= 0) continue;
    const m = Math.max(orders(g), 0.5) / expected;
    model.purchaseTypeMultiplier[type as CampaignType] = Math.exp(
      shrink(
        withClicks(g),
        Math.log(m),
        Math.log(prior.purchaseTypeMultiplier[type as CampaignType]),
        RATE_PRIOR_STRENGTH,
      ),
    );
  }
  fitCategories();
}
