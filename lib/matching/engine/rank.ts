// Ranking: one pass over the index's typed arrays computing only the score, a
// bounded heap keeping the best offset+limit, then the full explanation (reasons,
// risks, forecast) for the returned creators alone.
import { computeBreakdown, OVER_BUDGET_VALUE } from "./breakdown.ts";
import {
  AGE_LEN,
  CAT_SLOTS,
  COUNTRY_SLOTS,
  FLAG_AGE,
  FLAG_COUNTRIES,
  FLAG_GENDER,
  FLAG_RATE,
  FLAG_REGIONS,
  FLAG_VERIFIED,
  NO_SUBSCRIBERS,
  REGION_SLOTS,
  SHARE_SCALE,
  toIndexPrecision,
  type CreatorIndex,
} from "./creator-index.ts";
import { fxRate } from "../../money.ts";
import { explain } from "./explain.ts";
import {
  audienceFactor,
  budgetScore,
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
import type { ForecastModel } from "../forecast/model.ts";
import {
  countryShareWithoutAudience,
  homeAllowed,
  nearEnough,
  homeRegionShare,
  measuredRegionWeight,
  NEUTRAL_AUDIENCE,
  prepareCampaign,
  type PreparedCampaign,
} from "./prepare-campaign.ts";
import { placeLabel } from "./district-label.ts";
import { hasCentre } from "./district-spread.ts";
import { regionOfHome } from "./regions.ts";
import { CATEGORY_POSITION_WEIGHTS, categorySimilarity } from "./taxonomy.ts";
import {
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type CampaignSpec,
  type CreatorFeatures,
  type MatchResult,
  type RankResult,
} from "./types.ts";

// "score": the explained fit score. "value": forecast target-audience views (and so
// sales) per won of the creator's cost within the budget, weighted by the category
// match (viewers of an unrelated channel rarely buy); a creator without a rate card
// is costed at the estimate for its tier and the campaign's category.
export type RankSort = "score" | "value";

export interface RankOptions {
  limit?: number;
  offset?: number;
  sort?: RankSort;
  // accepted for API symmetry; features already carry their ages
  now?: Date;
  forecastModel?: ForecastModel;
  /**
   * Also return the index slots of the best `keepOrder` creators in rank order
   * (`RankResult.order`), so that later pages can be explained from them (`fromOrder`)
   * without another scan.
   */
  keepOrder?: number;
  /**
   * The page's slots, read from an order kept by an earlier ranking over this same
   * index and campaign, and that ranking's total: no scan, only the page is explained.
   */
  fromOrder?: { slots: Int32Array; total: number };
}

export const DEFAULT_LIMIT = 20;

// Per-campaign lookup tables over the index's dictionaries, so the scan does array
// reads instead of string work.
interface BoundCampaign {
  platformOk: Uint8Array;
  tierOk: Uint8Array;
  catSimilarity: Float64Array;
  catAllowed: Uint8Array | null;
  regionAllowed: Uint8Array | null;
  countryTarget: Uint8Array;
  countryWithoutAudience: Float64Array;
  regionTarget: Uint8Array;
  regionFromHome: Float64Array;
  // district targets, for measured audience regions (measuredRegionWeight): the weight
  // of a region's share, and for a creator based in a district of a region with targeted
  // districts, that region's id and weight
  regionWeight: Float64Array;
  homeRegionId: Int32Array;
  homeWeight: Float64Array;
  fx: Float64Array;
  excluded: Uint8Array | null;
  included: Uint8Array | null;
  positionWeights: Float64Array;
  ageTargets: Int32Array;
  log10ViewsMultiplier: Float64Array;
  lnViewsMultiplier: Float64Array;
  lnBenchmarkCpv: Float64Array;
}

function bind(ix: CreatorIndex, q: PreparedCampaign): BoundCampaign {
  const catSimilarity = new Float64Array(ix.categoryDict.length);
  for (let c = 1; c < ix.categoryDict.length; c++) {
    catSimilarity[c] = categorySimilarity(q.category, ix.categoryDict[c]);
  }
  let catAllowed: Uint8Array | null = null;
  if (q.categoryFilter) {
    catAllowed = new Uint8Array(ix.categoryDict.length);
    for (let c = 1; c < ix.categoryDict.length; c++) {
      if (q.categoryFilter.has(ix.categoryDict[c])) catAllowed[c] = 1;
    }
  }
  let regionAllowed: Uint8Array | null = null;
  if (q.regionFilter || q.nearHomes) {
    regionAllowed = new Uint8Array(ix.regionDict.length);
    for (let r = 1; r < ix.regionDict.length; r++) {
      if (homeAllowed(q, ix.regionDict[r])) regionAllowed[r] = 1;
    }
  }
  const countryTarget = new Uint8Array(ix.countryDict.length);
  const countryWithoutAudience = new Float64Array(ix.countryDict.length);
  for (let c = 0; c < ix.countryDict.length; c++) {
    const code = c === 0 ? null : ix.countryDict[c];
    if (code !== null && q.countries.has(code)) countryTarget[c] = 1;
    countryWithoutAudience[c] = countryShareWithoutAudience(q, code);
  }
  const regions = ix.regionDict.length;
  const regionTarget = new Uint8Array(regions);
  const regionFromHome = new Float64Array(regions);
  const regionWeight = new Float64Array(q.districts.size > 0 ? regions : 0);
  const homeRegionId = new Int32Array(q.districts.size > 0 ? regions : 0);
  const homeWeight = new Float64Array(q.districts.size > 0 ? regions : 0);
  if (q.regionTargeted) {
    for (let r = 0; r < regions; r++) {
      const name = r === 0 ? null : ix.regionDict[r];
      if (name !== null && q.regions.has(name)) regionTarget[r] = 1;
      regionFromHome[r] = homeRegionShare(q, name);
    }
  }
  if (q.districts.size > 0) {
    homeRegionId.fill(-1);
    const idOf = new Map(ix.regionDict.map((name, r) => [name, r]));
    for (let r = 1; r < regions; r++) {
      const name = ix.regionDict[r];
      regionWeight[r] = measuredRegionWeight(q, name, null);
      const home = regionOfHome(name);
      if (home !== name && q.districtShareOfRegion.has(home)) {
        homeRegionId[r] = idOf.get(home) ?? -1;
        homeWeight[r] = measuredRegionWeight(q, home, name);
      }
    }
  }
  const fx = new Float64Array(ix.currencyDict.length);
  for (let c = 0; c < ix.currencyDict.length; c++) fx[c] = fxRate(ix.currencyDict[c], q.currency);
  let excluded: Uint8Array | null = null;
  if (q.excludeIds.size > 0) {
    excluded = new Uint8Array(ix.size);
    for (const id of q.excludeIds) for (const slot of ix.slotsOf(id)) excluded[slot] = 1;
  }
  let included: Uint8Array | null = null;
  if (q.includeIds !== null) {
    included = new Uint8Array(ix.size);
    for (const id of q.includeIds) for (const slot of ix.slotsOf(id)) included[slot] = 1;
  }
  return {
    platformOk: Uint8Array.from(q.platformOk, (b) => (b ? 1 : 0)),
    tierOk: Uint8Array.from(q.tierOk, (b) => (b ? 1 : 0)),
    catSimilarity,
    catAllowed,
    regionAllowed,
    countryTarget,
    countryWithoutAudience,
    regionTarget,
    regionFromHome,
    regionWeight,
    homeRegionId,
    homeWeight,
    fx,
    excluded,
    included,
    positionWeights: Float64Array.from(CATEGORY_POSITION_WEIGHTS),
    ageTargets: Int32Array.from(q.ageMask.flatMap((m, b) => (m === 1 ? [b] : []))),
    log10ViewsMultiplier: Float64Array.from(q.log10ViewsMultiplier),
    lnViewsMultiplier: Float64Array.from(q.lnViewsMultiplier),
    lnBenchmarkCpv: Float64Array.from(q.lnBenchmarkCpv),
  };
}

// Bounded min-heap of (score, slot): the root is the worst kept entry. "Worse" means
// a lower score, or the same score and a later id, so ties resolve by id.
class TopK {
  readonly scores: Float64Array;
  readonly slots: Int32Array;
  readonly ranks: Uint32Array;
  count = 0;
  constructor(readonly capacity: number) {
    this.scores = new Float64Array(capacity);
    this.slots = new Int32Array(capacity);
    this.ranks = new Uint32Array(capacity);
  }
  private worse(a: number, b: number): boolean {
    const sa = this.scores[a];
    const sb = this.scores[b];
    return sa < sb || (sa === sb && this.ranks[a] > this.ranks[b]);
  }
  private swap(a: number, b: number): void {
    const s = this.scores[a];
    this.scores[a] = this.scores[b];
    this.scores[b] = s;
    const t = this.slots[a];
    this.slots[a] = this.slots[b];
    this.slots[b] = t;
    const r = this.ranks[a];
    this.ranks[a] = this.ranks[b];
    this.ranks[b] = r;
  }
  push(score: number, slot: number, rank: number): void {
    if (this.count < this.capacity) {
      let i = this.count++;
      this.scores[i] = score;
      this.slots[i] = slot;
      this.ranks[i] = rank;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(i, p)) break;
        this.swap(i, p);
        i = p;
      }
      return;
    }
    this.scores[0] = score;
    this.slots[0] = slot;
    this.ranks[0] = rank;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.count && this.worse(l, m)) m = l;
      if (r < this.count && this.worse(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
  }
  // Best first.
  sorted(): { slot: number; score: number }[] {
    const order = Array.from({ length: this.count }, (_, i) => i);
    order.sort((a, b) => this.scores[b] - this.scores[a] || this.ranks[a] - this.ranks[b]);
    return order.map((i) => ({ slot: this.slots[i], score: this.scores[i] }));
  }
}

// The hot loop. Every value it needs is hoisted into a local; per creator it does
// array reads and arithmetic only (no allocation, no closures, no strings).
function scan(
  ix: CreatorIndex,
  q: PreparedCampaign,
  bq: BoundCampaign,
  heap: TopK,
  sort: RankSort,
): number {
  // Imported bindings can compile to getters (tsx, bundlers); locals keep the loop
  // free of them so the small factor functions inline.
  const AGE = AGE_LEN;
  const CATS = CAT_SLOTS;
  const CSLOTS = COUNTRY_SLOTS;
  const RSLOTS = REGION_SLOTS;
  const SCALE = SHARE_SCALE;
  const NO_SUBS = NO_SUBSCRIBERS;
  const F_AGE = FLAG_AGE;
  const F_GENDER = FLAG_GENDER;
  const F_COUNTRIES = FLAG_COUNTRIES;
  const F_REGIONS = FLAG_REGIONS;
  const F_RATE = FLAG_RATE;
  const F_VERIFIED = FLAG_VERIFIED;
  const NEUTRAL_AUD = NEUTRAL_AUDIENCE;
  const UNKNOWN_RATE = UNKNOWN_RATE_BUDGET;
  const fit = dimensionFit;
  const vGateOf = viewsGate;
  const eGateOf = engagementGate;
  const capOf = reachCap;
  const CAP_BELOW = REACH_CAP_BELOW;
  const round = roundScore;
  const audienceOf = audienceFactor;
  const performanceOf = performanceFactor;
  const viewsOf = viewsScore;
  const budgetOf = budgetScore;
  const overBudgetOf = overBudgetMultiplier;
  const estimatedOverBudgetOf = estimatedOverBudgetMultiplier;
  const LN10 = Math.LN10;
  const n = ix.size;
  const platform = ix.platform;
  const tier = ix.tier;
  const perfTier = ix.perfTier;
  const flags = ix.flags;
  const subscribers = ix.subscribers;
  const cats = ix.cats;
  const region = ix.region;
  const country = ix.country;
  const age = ix.age;
  const female = ix.female;
  const countryIds = ix.countryIds;
  const countryShares = ix.countryShares;
  const regionIds = ix.regionIds;
  const regionShares = ix.regionShares;
  const log10Eff = ix.log10EffectiveViews;
  const engScore = ix.engagementScore;
  const rate = ix.rate;
  const currency = ix.currency;
  const idRank = ix.idRank;

  const { platformOk, tierOk, catSimilarity, catAllowed, regionAllowed, countryTarget } = bq;
  const { countryWithoutAudience, regionTarget, regionFromHome, fx, excluded, positionWeights } =
    bq;
  const included = bq.included;
  const { ageTargets, log10ViewsMultiplier, lnViewsMultiplier, lnBenchmarkCpv } = bq;
  const nAgeTargets = ageTargets.length;
  const maxRate = q.maxRate;
  const minSubs = q.minSubscribers;
  const maxSubs = q.maxSubscribers;
  const subsFilter = minSubs > 0 || maxSubs < Infinity;
  const verifiedOnly = q.verifiedOnly;
  // A score floor counts only creators at or above it, so a creator is counted after
  // it is scored, and the heap bound (which skips creators that might still pass the
  // floor) gives way to the floor's own bound.
  const floored = q.minScore > 0;
  const floor = q.minScore;
  const ageTargeted = q.ageTargeted;
  const ageInvFull = q.ageInvFullFit;
  const agePrior = q.agePriorShare;
  const genderTarget = q.genderTarget;
  const genderInvFull = q.genderInvFullFit;
  const genderPrior = q.genderPriorShare;
  const countryTargeted = q.countries.size > 0;
  const countryInvFull = q.countryInvFullFit;
  const regionTargeted = q.regionTargeted;
  const districtTargeted = q.districts.size > 0;
  const { regionWeight, homeRegionId, homeWeight } = bq;
  const regionInvFull = q.regionInvFullFit;
  const dims = q.targetDims;
  const budget = q.budget;
  const handling = q.handlingCost;
  const wA = q.weights.audienceOverlap;
  const wC = q.weights.categoryMatch;
  const wP = q.weights.performancePrediction;
  const wB = q.weights.budgetFit;
  const valueMode = sort === "value";
  const estimatedRate = Float64Array.from(q.estimatedRateByTier);
  const capacity = heap.capacity;
  const heapScores = heap.scores;
  const heapRanks = heap.ranks;

  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = platform[i];
    if (platformOk[p] === 0) continue;
    const t = tier[i];
    if (tierOk[t] === 0) continue;
    if (regionAllowed !== null && regionAllowed[region[i]] === 0) continue;
    const co = i * CATS;
    if (catAllowed !== null) {
      let ok = 0;
      for (let k = 0; k < CATS; k++) ok |= catAllowed[cats[co + k]];
      if (ok === 0) continue;
    }
    const fl = flags[i];
    if (verifiedOnly && (fl & F_VERIFIED) === 0) continue;
    let cost = NaN;
    if ((fl & F_RATE) !== 0) cost = rate[i] * fx[currency[i]];
    // An unknown rate (NaN) passes a budget ceiling: it has to be negotiated anyway.
    if (cost > maxRate) continue;
    if (subsFilter) {
      const s = subscribers[i];
      if (s === NO_SUBS || s < minSubs || s > maxSubs) continue;
    }
    if (excluded !== null && excluded[i] === 1) continue;
    if (included !== null && included[i] === 0) continue;
    if (!floored) {
      total++;
      if (capacity === 0) continue;
    }

    // Cheap factors first. Once the heap is full, a creator whose score cannot reach
    // the worst kept one even with perfect remaining factors is skipped: most
    // creators are in unrelated categories and stop here. Every factor and the
    // penalty and gate are at most 1, the cap only lowers, and rounding is monotone, so
    // the bound (less half a shown point for rounding up) is safe.
    let category = 0;
    for (let k = 0; k < CATS; k++) {
      const c = cats[co + k];
      if (c === 0) break;
      const s = catSimilarity[c] * positionWeights[k];
      if (s > category) category = s;
    }
    // The bounds hold for the score only; the value ordering scores everyone (bar a floor).
    const prune = floored || (heap.count === capacity && !valueMode);
    const worst = floored ? floor - 0.05 : prune ? heapScores[0] - 0.05 : 0;
    if (prune && 100 * (wA + wC * category + wP + wB) < worst) continue;
    const lv = log10Eff[i];
    const pt = perfTier[i];
    const es = engScore[i];
    const vs = viewsOf(lv + log10ViewsMultiplier[pt]);
    const performance = performanceOf(vs, es);
    const gate = vGateOf(vs) * eGateOf(es);
    if (prune && 100 * (wA + wC * category + wP * performance + wB) * gate < worst) continue;

    // audience overlap: geometric mean of the targeted dimensions' fits
    let product = 1;
    let reach = 1;
    let measured = false;
    let targetShare = 1;
    if (ageTargeted) {
      let share = agePrior;
      if ((fl & F_AGE) !== 0) {
        const ao = i * AGE;
        let sum = 0;
        for (let b = 0; b < nAgeTargets; b++) sum += age[ao + ageTargets[b]];
        share = sum / SCALE;
      }
      const f = fit(share, ageInvFull);
      product *= f;
      targetShare *= share;
      if ((fl & F_AGE) !== 0) {
        reach *= f;
        measured = true;
      }
    }
    if (genderTarget >= 0) {
      let share = genderPrior;
      if ((fl & F_GENDER) !== 0) {
        const fb = female[i];
        share = (genderTarget === 0 ? fb : SCALE - fb) / SCALE;
      }
      const f = fit(share, genderInvFull);
      product *= f;
      targetShare *= share;
      if ((fl & F_GENDER) !== 0) {
        reach *= f;
        measured = true;
      }
    }
    if (countryTargeted) {
      let share: number;
      if ((fl & F_COUNTRIES) !== 0) {
        const o = i * CSLOTS;
        let sum = 0;
        for (let k = 0; k < CSLOTS; k++)
          if (countryTarget[countryIds[o + k]] === 1) sum += countryShares[o + k];
        share = sum / SCALE;
      } else {
        share = countryWithoutAudience[country[i]];
      }
      const f = fit(share, countryInvFull);
      product *= f;
      targetShare *= share;
      if ((fl & F_COUNTRIES) !== 0) {
        reach *= f;
        measured = true;
      }
    }
    if (regionTargeted) {
      let share: number;
      if ((fl & F_REGIONS) !== 0) {
        const o = i * RSLOTS;
        let sum = 0;
        if (districtTargeted) {
          const h = region[i];
          const hr = homeRegionId[h];
          for (let k = 0; k < RSLOTS; k++) {
            const id = regionIds[o + k];
            sum += regionShares[o + k] * (id === hr ? homeWeight[h] : regionWeight[id]);
          }
        } else {
          for (let k = 0; k < RSLOTS; k++)
            if (regionTarget[regionIds[o + k]] === 1) sum += regionShares[o + k];
        }
        share = sum / SCALE;
      } else {
        share = regionFromHome[region[i]];
      }
      product *= fit(share, regionInvFull);
      // a local store buys the views of people who live near it
      targetShare *= share;
    }
    const audience = audienceOf(product, dims, NEUTRAL_AUD);

    let budgetFit = UNKNOWN_RATE;
    let penalty = 1;
    if (cost === cost) {
      if (cost > budget) {
        budgetFit = 0;
        penalty = overBudgetOf(cost, budget);
      } else {
        budgetFit = budgetOf(
          Math.log(cost + handling),
          lv * LN10 + lnViewsMultiplier[pt],
          lnBenchmarkCpv[p],
        );
      }
    } else {
      penalty = estimatedOverBudgetOf(estimatedRate[pt], budget);
    }

    let raw =
      100 * (wA * audience + wC * category + wP * performance + wB * budgetFit) * penalty * gate;
    if (measured && reach < CAP_BELOW) {
      const cap = capOf(reach);
      if (raw > cap) raw = cap;
    }
    let key = round(raw);
    if (floored) {
      if (key < floor) continue;
      total++;
      if (capacity === 0) continue;
    }
    if (valueMode) {
      const c = cost === cost ? cost : estimatedRate[pt];
      const lnViews = lv * LN10 + lnViewsMultiplier[pt];
      const views = lnViews > -Infinity ? Math.exp(lnViews) : 0;
      key = c <= budget ? (views * targetShare * category) / (c + handling) : OVER_BUDGET_VALUE;
    }
    const kept = heap.count === capacity;
    if (!kept || key > heapScores[0] || (key === heapScores[0] && idRank[i] < heapRanks[0])) {
      heap.push(key, i, idRank[i]);
    }
  }
  return total;
}

export interface ScoredSlot {
  slot: number;
  score: number;
}

// The scan alone: the best `k` slots and how many passed the filters. Used by
// rankCreators and by benches that want to time the hot loop without explanations.
export function topSlots(
  index: CreatorIndex,
  prepared: PreparedCampaign,
  k: number,
  sort: RankSort = "score",
): { top: ScoredSlot[]; total: number } {
  const heap = new TopK(Math.max(0, k));
  const total = scan(index, prepared, bind(index, prepared), heap, sort);
  return { top: heap.sorted(), total };
}

export function rankCreators(
  index: CreatorIndex,
  campaign: CampaignSpec | PreparedCampaign,
  opts: RankOptions = {},
): RankResult {
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  const offset = Math.max(0, Math.floor(opts.offset ?? 0));
  const q =
    "weights" in campaign && "ageMask" in campaign
      ? campaign
      : prepareCampaign(campaign, opts.forecastModel);
  const explainSlot = (slot: number) => explain(computeBreakdown(index.featuresAt(slot), q), q);
  if (opts.fromOrder) {
    const { slots, total } = opts.fromOrder;
    return { results: Array.from(slots, explainSlot), total, scanned: 0 };
  }
  const depth = Math.max(offset + limit, Math.floor(opts.keepOrder ?? 0));
  const { top, total } = topSlots(index, q, depth, opts.sort ?? "score");
  const results = top.slice(offset, offset + limit).map(({ slot }) => explainSlot(slot));
  if (opts.keepOrder === undefined) return { results, total, scanned: index.size };
  return { results, total, scanned: index.size, order: Int32Array.from(top, (t) => t.slot) };
}

// One creator, scored and explained exactly as a ranking would.
export function scoreCreator(
  features: CreatorFeatures,
  campaign: CampaignSpec | PreparedCampaign,
  opts: Pick<RankOptions, "forecastModel"> = {},
): MatchResult {
  const q =
    "weights" in campaign && "ageMask" in campaign
      ? campaign
      : prepareCampaign(campaign, opts.forecastModel);
  return explain(computeBreakdown(features, q), q);
}

// Why a creator would be left out of a ranking by the campaign's hard filters; null
// when it passes.
export function filterReason(features: CreatorFeatures, q: PreparedCampaign): string | null {
  const f = toIndexPrecision(features);
  if (!q.platformOk[PLATFORM_SLUGS.indexOf(f.platform)])
    return `platform ${f.platform} is not wanted`;
  if (!q.tierOk[TIER_SLUGS.indexOf(f.tier)]) return `tier ${f.tier} is filtered out`;
  const home = f.district ?? f.region;
  if (!nearEnough(q, home)) {
    return home === null || !hasCentre(home)
      ? "district unknown: its distance from the campaign's districts cannot be told"
      : `based farther than ${q.spec.filters?.withinKm} km from the campaign's districts`;
  }
  if (!homeAllowed(q, home)) {
    return `region ${home === null ? "unknown" : placeLabel(home, "en", (r) => r)} is filtered out`;
  }
  const allowed = q.categoryFilter;
  if (allowed && !f.categories.some((c) => allowed.has(c))) {
    return "no category in the filter";
  }
  if (q.verifiedOnly && features.audienceSource !== "verified") return "audience not verified";
  if (f.ratePerVideo !== null) {
    const cost = f.ratePerVideo * fxRate(f.currency, q.currency);
    if (cost > q.maxRate) return "rate above the budget ceiling";
  }
  if (q.minSubscribers > 0 || q.maxSubscribers < Infinity) {
    const s = f.subscribers;
    if (s === null || s < q.minSubscribers || s > q.maxSubscribers)
      return "subscribers outside the range";
  }
  if (q.excludeIds.has(f.id)) return "excluded";
  if (q.includeIds !== null && !q.includeIds.has(f.id)) return "not in the search";
  return null;
}
