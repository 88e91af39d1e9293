// A campaign turned into the constants the scorer needs, computed once per ranking.
import { estimatedRateKrw } from "./rate-estimate.ts";
import { POPULATION_AGE_PRIOR, POPULATION_FEMALE_PRIOR } from "./audience.ts";
import { fxRate, normalizeCurrency } from "../../money.ts";
import {
  DEFAULT_FORECAST_MODEL,
  logViewsMultiplier,
  type ForecastModel,
} from "../forecast/model.ts";
import {
  DISTRICTS_PER_PROVINCE,
  estimatedRegionShare,
  HOME_DISTRICT_SHARE,
  isDistrictKey,
  nationalRegionShare,
  normalizePlace,
  placeKeeps,
  provinceOfDistrictKey,
  regionOfHome,
  KR_REGIONS,
} from "./regions.ts";
import { placesToMeasureFrom, placesWithinKm, spreadFromHome } from "./district-spread.ts";
import { normalizeCategories, normalizeCategory } from "./taxonomy.ts";
import {
  AGE_BUCKETS,
  DEFAULT_WEIGHTS,
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type CampaignSpec,
  type CampaignType,
  type FactorWeights,
  type Platform,
  type Tier,
} from "./types.ts";

// Share of the audience in the target at which a dimension counts as a perfect fit:
// a channel never has 100% of its viewers in one age bucket, so 55% in a one-bucket
// target is already as good as it gets.
const AGE_FULL_FIT = [0.55, 0.72, 0.82, 0.88, 0.92, 0.95, 1];
const GENDER_FULL_FIT = 0.75;
const COUNTRY_FULL_FIT = 0.8;
// Without audience countries: a creator based in a target country is assumed to have
// this share of its audience there; based elsewhere, this little; unknown, in between.
export const COUNTRY_SHARE_IF_HOME_IN_TARGET = 0.7;
export const COUNTRY_SHARE_IF_HOME_ELSEWHERE = 0.1;
export const COUNTRY_SHARE_IF_UNKNOWN = 0.4;

// Per-creator handling cost (briefing, shipping a product, reviewing the draft):
// a share of the budget within bounds, so that very cheap creators are not free.
const HANDLING_SHARE_OF_BUDGET = 0.02;
const HANDLING_MIN_KRW = 100_000;
const HANDLING_MAX_KRW = 1_000_000;

// Score when the campaign sets no target audience at all: every creator fits alike.
export const NEUTRAL_AUDIENCE = 0.5;

export interface PreparedCampaign {
  spec: CampaignSpec;
  weights: FactorWeights;
  category: string;
  type: CampaignType;
  currency: string;
  budget: number;
  handlingCost: number;
  // a rate for creators without a rate card, by view tier (value ordering only)
  estimatedRateByTier: number[];
  // ln(benchmark cost per view) in the campaign currency, by platform index
  lnBenchmarkCpv: number[];
  // ln and log10 of the expected-views multiplier by tier index (model + type)
  lnViewsMultiplier: number[];
  log10ViewsMultiplier: number[];
  model: ForecastModel;

  ageTargeted: boolean;
  ageMask: number[]; // 0/1 per AGE_BUCKETS
  ageTargetLabels: string[];
  ageInvFullFit: number;
  agePriorShare: number;
  // -1 none, 0 female, 1 male
  genderTarget: number;
  genderInvFullFit: number;
  genderPriorShare: number;
  countries: Set<string>;
  countryInvFullFit: number;
  // whole regions targeted
  regions: Set<string>;
  // districts targeted ("Seoul:강남구") in regions not targeted whole
  districts: Set<string>;
  // regions.size > 0 || districts.size > 0
  regionTargeted: boolean;
  // by region with targeted districts: the share of its people they hold, taken as its
  // districts' share of its districts (no population by district here)
  districtShareOfRegion: Map<string, number>;
  regionInvFullFit: number;
  regionNationalShare: number;
  targetDims: number;

  platformOk: boolean[]; // by PLATFORM_SLUGS index
  tierOk: boolean[]; // by TIER_SLUGS index
  // regions and district keys: a creator based in one of them passes
  regionFilter: Set<string> | null;
  // places (district keys, 세종) near one the campaign names (filters.withinKm): only
  // creators based in one of them pass; null = no distance filter
  nearHomes: Set<string> | null;
  categoryFilter: Set<string> | null;
  maxRate: number; // campaign currency, Infinity = none
  minSubscribers: number; // 0 = none
  maxSubscribers: number; // Infinity = none
  excludeIds: Set<string>;
  includeIds: Set<string> | null; // null = no include filter
  minScore: number; // 0 = none
  verifiedOnly: boolean;
}

export function normalizeWeights(w: Partial<FactorWeights> | undefined): FactorWeights {
  const merged = { ...DEFAULT_WEIGHTS, ...(w ?? {}) };
  const keys = Object.keys(DEFAULT_WEIGHTS) as (keyof FactorWeights)[];
  for (const k of keys) {
    const v = merged[k];
    merged[k] = typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
  }
  const sum = keys.reduce((a, k) => a + merged[k], 0);
  if (sum <= 0) return { ...DEFAULT_WEIGHTS };
  for (const k of keys) merged[k] /= sum;
  return merged;
}

export function prepareCampaign(
  spec: CampaignSpec,
  model: ForecastModel = DEFAULT_FORECAST_MODEL,
): PreparedCampaign {
  const currency = normalizeCurrency(spec.currency);
  const type = spec.type ?? "sponsored_video";
  const fromKrw = fxRate("KRW", currency);
  const krw = (x: number) => x * (Number.isFinite(fromKrw) ? fromKrw : 1);

  const ta = spec.targetAudience;
  const ageMask = AGE_BUCKETS.map((b) => (ta.ageRanges.includes(b) ? 1 : 0));
  const nAge = ageMask.reduce((a: number, b) => a + b, 0);
  const ageTargeted = nAge > 0 && nAge < AGE_BUCKETS.length;
  const agePriorShare = POPULATION_AGE_PRIOR.reduce((a, p, b) => a + p * ageMask[b], 0);
  const genders = new Set(ta.genders);
  const genderTarget = genders.size === 1 ? (genders.has("female") ? 0 : 1) : -1;
  const countries = new Set(ta.countries.map((c) => c.trim().toUpperCase()));
  const regions = new Set<string>();
  const named = new Set<string>();
  for (const r of ta.regions) {
    const n = normalizePlace(r);
    if (n === null) continue;
    if (isDistrictKey(n)) named.add(n);
    else regions.add(n);
  }
  // a district of a region targeted whole adds nothing
  const districts = new Set([...named].filter((d) => !regions.has(provinceOfDistrictKey(d))));
  const districtShareOfRegion = new Map<string, number>();
  for (const d of districts) {
    const r = provinceOfDistrictKey(d);
    districtShareOfRegion.set(
      r,
      (districtShareOfRegion.get(r) ?? 0) + 1 / DISTRICTS_PER_PROVINCE[r],
    );
  }
  const regionTargeted = regions.size > 0 || districts.size > 0;
  const regionNationalShare = nationalRegionShare(regions);
  const targetDims =
    (ageTargeted ? 1 : 0) +
    (genderTarget >= 0 ? 1 : 0) +
    (countries.size > 0 ? 1 : 0) +
    (regionTargeted ? 1 : 0);

  const f = spec.filters ?? {};
  const wantedPlatforms = new Set<Platform>(
    spec.platforms.length > 0 ? spec.platforms : PLATFORM_SLUGS,
  );
  const filterPlatforms = f.platforms && f.platforms.length > 0 ? new Set(f.platforms) : null;
  const tiers = f.tiers && f.tiers.length > 0 ? new Set<Tier>(f.tiers) : null;
  const regionFilter =
    f.regions && f.regions.length > 0
      ? new Set(f.regions.map((r) => normalizePlace(r)).filter((r): r is string => r !== null))
      : null;
  const categoryFilter =
    f.categories && f.categories.length > 0 ? new Set(normalizeCategories(f.categories)) : null;
  const nearHomes =
    f.withinKm === undefined ? null : placesWithinKm(placesToMeasureFrom(ta.regions), f.withinKm);

  const lnViewsMultiplier = TIER_SLUGS.map((t) => logViewsMultiplier(model, t, type));
  const handlingKrw = Math.min(
    HANDLING_MAX_KRW,
    Math.max(
      HANDLING_MIN_KRW,
      (HANDLING_SHARE_OF_BUDGET * spec.budget) / (Number.isFinite(fromKrw) ? fromKrw : 1),
    ),
  );

  const prepared: PreparedCampaign = {
    spec,
    weights: normalizeWeights(spec.weights),
    category: normalizeCategory(spec.category),
    type,
    currency,
    budget: spec.budget,
    handlingCost: krw(handlingKrw),
    estimatedRateByTier: TIER_SLUGS.map((t) =>
      krw(estimatedRateKrw(t, normalizeCategory(spec.category))),
    ),
    lnBenchmarkCpv: PLATFORM_SLUGS.map((p) => Math.log(krw(model.benchmarkCpvKrw[p]))),
    lnViewsMultiplier,
    log10ViewsMultiplier: lnViewsMultiplier.map((x) => x / Math.LN10),
    model,
    ageTargeted,
    ageMask,
    ageTargetLabels: AGE_BUCKETS.filter((_, b) => ageMask[b] === 1),
    ageInvFullFit: 1 / AGE_FULL_FIT[Math.max(0, nAge - 1)],
    agePriorShare,
    genderTarget,
    genderInvFullFit: 1 / GENDER_FULL_FIT,
    genderPriorShare: genderTarget === 0 ? POPULATION_FEMALE_PRIOR : 1 - POPULATION_FEMALE_PRIOR,
    countries,
    countryInvFullFit: 1 / COUNTRY_FULL_FIT,
    regions,
    districts,
    regionTargeted,
    districtShareOfRegion,
    regionInvFullFit: 1,
    regionNationalShare,
    targetDims,
    platformOk: PLATFORM_SLUGS.map(
      (p) => wantedPlatforms.has(p) && (!filterPlatforms || filterPlatforms.has(p)),
    ),
    tierOk: TIER_SLUGS.map((t) => !tiers || tiers.has(t)),
    regionFilter,
    nearHomes,
    categoryFilter,
    maxRate: f.maxRatePerVideo ?? Infinity,
    minSubscribers: f.minSubscribers ?? 0,
    maxSubscribers: f.maxSubscribers ?? Infinity,
    excludeIds: new Set(f.excludeCreatorIds ?? []),
    includeIds: f.includeCreatorIds ? new Set(f.includeCreatorIds) : null,
    minScore: f.minScore ?? 0,
    verifiedOnly: f.verifiedOnly ?? false,
  };
  // The best a single local creator can do on a region target sets the full-fit share.
  let regionFullFit = 0;
  for (const home of [...districts, ...regions, ...KR_REGIONS]) {
    const s = homeRegionShare(prepared, home);
    if (s > regionFullFit) regionFullFit = s;
  }
  prepared.regionInvFullFit = regionFullFit > 0 ? 1 / regionFullFit : 1;
  return prepared;
}

/**
 * The share of region `region`'s audience a campaign's district targets reach, for a
 * creator based in `home` (a region, a district key, or null): spread evenly over the
 * region's districts when the creator's district there is unknown; for a creator based
 * in one of them, HOME_DISTRICT_SHARE from that district and the rest spread over the
 * region, nearer districts more (spreadFromHome).
 */
export function districtTargetWeight(
  q: PreparedCampaign,
  region: string,
  home: string | null,
): number {
  if (home === null || !isDistrictKey(home, region)) {
    return q.districtShareOfRegion.get(region) ?? 0;
  }
  // Past half a region's districts targeted, a creator in one on its edge can come out a
  // little below one whose district is unknown (whose spread is even): a store rarely
  // targets most of its region, and a region targeted whole is scored as a region.
  let near = 0;
  for (const d of q.districts) near += spreadFromHome(home, d);
  return (1 - HOME_DISTRICT_SHARE) * near + HOME_DISTRICT_SHARE * (q.districts.has(home) ? 1 : 0);
}

/**
 * Audience share in the target places for a creator without measured regions, based
 * in `home` (a region, a district key, or null = unknown): whole regions as
 * estimatedRegionShare, plus each region with targeted districts for its part.
 */
export function homeRegionShare(q: PreparedCampaign, home: string | null): number {
  const region = home === null ? null : regionOfHome(home);
  let share = estimatedRegionShare(region, q.regions, q.regionNationalShare);
  for (const r of q.districtShareOfRegion.keys()) {
    const inRegion = estimatedRegionShare(region, new Set([r]));
    share += inRegion * districtTargetWeight(q, r, home);
  }
  return share;
}

/**
 * The weight of a measured audience share in `region` for a creator based in `home`:
 * 1 for a region targeted whole, its districts' part for one with targeted districts.
 */
export function measuredRegionWeight(
  q: PreparedCampaign,
  region: string,
  home: string | null,
): number {
  return q.regions.has(region) ? 1 : districtTargetWeight(q, region, home);
}

/** Whether a creator based at `home` passes the distance filter (filters.withinKm), if any. */
export function nearEnough(q: PreparedCampaign, home: string | null): boolean {
  return q.nearHomes === null || (home !== null && q.nearHomes.has(home));
}

/** Whether a creator based at `home` (a district key, a region or null) passes the place filters. */
export function homeAllowed(q: PreparedCampaign, home: string | null): boolean {
  if (!nearEnough(q, home)) return false;
  if (q.regionFilter === null) return true;
  if (home === null) return false;
  for (const place of q.regionFilter) if (placeKeeps(place, home)) return true;
  return false;
}

export function countryShareWithoutAudience(q: PreparedCampaign, country: string | null): number {
  if (country === null) return COUNTRY_SHARE_IF_UNKNOWN;
  return q.countries.has(country)
    ? COUNTRY_SHARE_IF_HOME_IN_TARGET
    : COUNTRY_SHARE_IF_HOME_ELSEWHERE;
}
