// A stored campaign as the engine sees it (CampaignSpec), and the merge of a
// request's filters into the campaign's own hard filters.
import { z } from "zod";
import { normalizePlace, placeWithin } from "../engine/regions.ts";
import { normalizeCategories } from "../engine/taxonomy.ts";
import {
  AGE_BUCKETS,
  CAMPAIGN_TYPE_SLUGS,
  GENDERS,
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type AgeBucket,
  type CampaignFilters,
  type CampaignSpec,
  type CampaignType,
  type FactorWeights,
  type Gender,
  type Platform,
  type Tier,
} from "../engine/types.ts";

/** The columns of `campaigns` the engine reads (Prisma's Campaign model fits). */
export type StoredCampaign = {
  title: string;
  category: string;
  type: string;
  platforms: string[];
  budget: bigint | number;
  currency: string;
  targetAgeRanges: string[];
  targetGenders: string[];
  targetCountries: string[];
  targetRegions: string[];
  matchingWeights: unknown;
  matchingFilters: unknown;
};

const lower = (s: unknown) => (typeof s === "string" ? s.toLowerCase() : s);
const weight = z.number().finite().min(0);

// The JSON columns were validated when written (lib/campaigns/schemas.ts); read them
// leniently anyway: an unreadable part is ignored rather than failing a ranking.
const StoredWeights = z
  .object({
    audienceOverlap: weight,
    categoryMatch: weight,
    performancePrediction: weight,
    budgetFit: weight,
  })
  .partial();

const StoredFilters = z
  .object({
    // Stored rows were validated when written; the bounds guard rows from before that.
    platforms: z.array(z.preprocess(lower, z.enum(PLATFORM_SLUGS))).max(10),
    tiers: z.array(z.preprocess(lower, z.enum(TIER_SLUGS))).max(10),
    regions: z.array(z.string().max(60)).max(200),
    categories: z.array(z.string().max(60)).max(200),
    maxRatePerVideo: z.number().finite().nonnegative(),
    minSubscribers: z.number().finite().nonnegative(),
    maxSubscribers: z.number().finite().nonnegative(),
    excludeCreatorIds: z.array(z.string().max(200)).max(10_000),
  })
  .partial();

function pick<T extends string>(
  values: readonly string[],
  allowed: readonly T[],
  map = (s: string) => s,
): T[] {
  const out: T[] = [];
  for (const v of values) {
    const m = map(v) as T;
    if (allowed.includes(m) && !out.includes(m)) out.push(m);
  }
  return out;
}

export function campaignSpecFromDb(c: StoredCampaign): CampaignSpec {
  const weights = StoredWeights.safeParse(c.matchingWeights ?? {});
  const filters = StoredFilters.safeParse(c.matchingFilters ?? {});
  const type = c.type.toLowerCase() as CampaignType;
  return {
    title: c.title,
    category: c.category,
    platforms: pick<Platform>(c.platforms, PLATFORM_SLUGS, (s) => s.toLowerCase()),
    budget: Number(c.budget),
    currency: c.currency.trim(),
    targetAudience: {
      ageRanges: pick<AgeBucket>(c.targetAgeRanges, AGE_BUCKETS),
      genders: pick<Gender>(c.targetGenders, GENDERS, (s) => s.toLowerCase()),
      countries: c.targetCountries.map((s) => s.trim().toUpperCase()),
      regions: c.targetRegions,
    },
    type: CAMPAIGN_TYPE_SLUGS.includes(type) ? type : "sponsored_video",
    weights: weights.success ? (weights.data as Partial<FactorWeights>) : undefined,
    filters: filters.success ? (filters.data as CampaignFilters) : {},
  };
}

/** Filters a request adds on top of the campaign's own (all optional). */
export type RequestFilters = {
  tiers?: Tier[];
  regions?: string[];
  categories?: string[];
  maxRatePerVideo?: number;
  minSubscribers?: number;
  platforms?: Platform[];
  minScore?: number;
  verifiedOnly?: boolean;
  withinKm?: number;
  excludeCreatorIds?: string[];
  /** only these creators (a name search); an empty list matches nobody */
  includeCreatorIds?: string[];
};

/**
 * Places both lists allow: each place the other list keeps whole (placeWithin). A region
 * and a district in it give the district ("Seoul" and "서울 강남구" → "Seoul:강남구"),
 * 제물포구 and 인천 동구 give 동구. Two districts that only overlap (제물포구 and 중구)
 * give nothing: no list of names keeps exactly their common ground, and a request may
 * narrow a campaign's filter, never widen it.
 */
function intersectPlaces(a: string[] | undefined, b: string[] | undefined) {
  const places = (list: string[]) =>
    list.map(normalizePlace).filter((x): x is string => x !== null);
  const nb = b ? places(b) : [];
  if (nb.length === 0) return { list: a, empty: false };
  if (!a || a.length === 0) return { list: nb, empty: false };
  const na = places(a);
  const list = [
    ...new Set([...nb.filter((x) => placeWithin(x, na)), ...na.filter((x) => placeWithin(x, nb))]),
  ];
  return { list, empty: list.length === 0 };
}

/**
 * The campaign's hard filters narrowed by the request's: lists intersect, ceilings
 * take the lower, floors the higher, exclusions add up. A request can narrow what a
 * brand set on its campaign, never widen it. Returns null when the intersection of
 * some list is empty (nothing can match).
 */
export function mergeFilters(stored: CampaignFilters, req: RequestFilters): CampaignFilters | null {
  const out: CampaignFilters = { ...stored };
  // `norm` reads a list as the engine will (a label may stand for several categories)
  const intersect = (
    a: string[] | undefined,
    b: string[] | undefined,
    norm: (list: string[]) => string[],
  ) => {
    const nb = b ? norm(b) : undefined;
    if (!nb || nb.length === 0) return { list: a, empty: false };
    if (!a || a.length === 0) return { list: nb, empty: false };
    const na = new Set(norm(a));
    const list = nb.filter((x) => na.has(x));
    return { list, empty: list.length === 0 };
  };
  const same = (list: string[]) => list;
  const tiers = intersect(stored.tiers, req.tiers, same);
  const platforms = intersect(stored.platforms, req.platforms, same);
  const regions = intersectPlaces(stored.regions, req.regions);
  const categories = intersect(stored.categories, req.categories, normalizeCategories);
  if (tiers.empty || platforms.empty || regions.empty || categories.empty) return null;
  if (req.includeCreatorIds !== undefined) {
    if (req.includeCreatorIds.length === 0) return null;
    out.includeCreatorIds = req.includeCreatorIds;
  }
  out.tiers = tiers.list as Tier[] | undefined;
  out.platforms = platforms.list as Platform[] | undefined;
  out.regions = regions.list;
  out.categories = categories.list;
  if (req.maxRatePerVideo !== undefined) {
    out.maxRatePerVideo = Math.min(req.maxRatePerVideo, stored.maxRatePerVideo ?? Infinity);
  }
  if (req.minSubscribers !== undefined) {
    out.minSubscribers = Math.max(req.minSubscribers, stored.minSubscribers ?? 0);
  }
  if (req.minScore !== undefined) {
    out.minScore = Math.max(req.minScore, stored.minScore ?? 0);
  }
  if (req.verifiedOnly) out.verifiedOnly = true;
  // (a campaign stored through the API has no distance of its own; a spec given to
  // `npm run match` may)
  if (req.withinKm !== undefined) {
    out.withinKm = Math.min(req.withinKm, stored.withinKm ?? Infinity);
  }
  if (req.excludeCreatorIds && req.excludeCreatorIds.length > 0) {
    out.excludeCreatorIds = [
      ...new Set([...(stored.excludeCreatorIds ?? []), ...req.excludeCreatorIds]),
    ];
  }
  return out;
}
