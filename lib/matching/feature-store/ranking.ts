// Ranks stored creators for a stored campaign: the in-memory feature index, the
// newest fitted forecast model, then display fields for the returned page only.
// The ORM is not on this path; the campaign and the page's names (lib/creators) are
// two small queries.
import type pg from "pg";
import {
  campaignSpecFromDb,
  mergeFilters,
  type RequestFilters,
  type StoredCampaign,
} from "./campaign.ts";
import {
  loadCreatorDisplay,
  type CreatorDisplay,
  type CreatorOnPage,
} from "../../creators/load-creator-display.ts";
import type { FeatureIndexCache } from "./cache.ts";
import {
  getRankedOrder,
  keepRankedOrder,
  pageOfOrder,
  rankedOrderKey,
} from "./ranked-order-cache.ts";
import { getForecastModel } from "../forecast/store.ts";
import type { RankSort } from "../engine/rank.ts";
import { rankInline, type Ranker } from "../rank-pool/rank-in-pool.ts";
import { resultJsonOpen, type EncodedRankResult } from "../rank-pool/encoded-ranking.ts";
import type { MatchResult } from "../engine/types.ts";

export type { CreatorDisplay };

// The creator's current match for this campaign when there is one (the newest:
// lib/matches/current-match.ts), so the UI can show where it stands, and offer a new
// proposal only when it ended without an agreement.
export type ExistingMatch = { id: string; status: string; proposals: number } | null;

export type RankedCreator = MatchResult & { creator: CreatorDisplay; match: ExistingMatch };

export type StoredRanking = {
  results: RankedCreator[];
  total: number;
  /** forecast_models.version used, null = the built-in priors. */
  forecastModelVersion: number | null;
};

/** The columns of `campaigns c` the engine reads, for queries that read more besides. */
export const STORED_CAMPAIGN_COLUMNS = `
  c.title, c.category, c.type::text AS type, c.platforms::text[] AS platforms, c.budget,
  c.currency, c.target_age_ranges, c.target_genders, c.target_countries, c.target_regions,
  c.matching_weights, c.matching_filters`;

const CAMPAIGN_SQL = `
  SELECT ${STORED_CAMPAIGN_COLUMNS}
    FROM campaigns c WHERE c.id = $1 AND ($2::uuid[] IS NULL OR c.brand_id = ANY($2::uuid[]))`;

/**
 * The campaign as the engine reads it; null when it does not exist or belongs to none
 * of `brandIds` (null = any brand: admins, scripts).
 */
export async function loadStoredCampaign(
  pool: pg.Pool,
  campaignId: string,
  brandIds: readonly string[] | null = null,
): Promise<StoredCampaign | null> {
  const { rows } = await pool.query(CAMPAIGN_SQL, [campaignId, brandIds]);
  return rows.length === 0 ? null : storedCampaignOf(rows[0]);
}

/** A row read with STORED_CAMPAIGN_COLUMNS, as the engine reads it. */
export function storedCampaignOf(r: Record<string, unknown>): StoredCampaign {
  return {
    title: r.title as string,
    category: r.category as string,
    type: r.type as string,
    platforms: (r.platforms as string[] | null) ?? [],
    budget: BigInt(r.budget as string),
    currency: r.currency as string,
    targetAgeRanges: (r.target_age_ranges as string[] | null) ?? [],
    targetGenders: (r.target_genders as string[] | null) ?? [],
    targetCountries: (r.target_countries as string[] | null) ?? [],
    targetRegions: (r.target_regions as string[] | null) ?? [],
    matchingWeights: r.matching_weights,
    matchingFilters: r.matching_filters,
  };
}

type StoredRankOptions = {
  filters?: RequestFilters;
  limit: number;
  offset: number;
  now?: Date;
  sort?: RankSort;
  /** the campaign's id, to mark creators already matched to it */
  campaignId?: string;
};

// How deep a ranking keeps its order for the pages after it (ranked-order-cache.ts):
// ten pages from the first page, four times the depth a deeper page needs, and no
// further than paging goes (10,000 results and one more page).
const MAX_ORDER_DEPTH = 10_100;
const orderDepth = (offset: number, limit: number) =>
  Math.min(MAX_ORDER_DEPTH, Math.max(10 * limit, 4 * (offset + limit)));

/**
 * Ranks with `rank` (inline, or in the pool as bytes), then loads the page's names and
 * existing matches; `idsOf` reads the page's creator ids from what `rank` returned.
 * A first page always ranks; a page after it (offset > 0) is explained from the order
 * an earlier page kept for the same index, campaign, sort and model, when there is one
 * (and its names load while it is explained).
 */
async function rankWith<R extends { total: number; order?: Int32Array }>(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  options: StoredRankOptions,
  rank: Ranker<R>,
  idsOf: (ranked: R) => string[],
): Promise<{ ranked: R | null; page: Map<string, CreatorOnPage>; version: number | null }> {
  const spec = campaignSpecFromDb(campaign);
  const filters = mergeFilters(spec.filters ?? {}, options.filters ?? {});
  const [{ model, version }, index] = await Promise.all([getForecastModel(pool), cache.get()]);
  if (filters === null) return { ranked: null, page: new Map(), version };
  const campaignSpec = { ...spec, filters };
  const sort = options.sort ?? "score";
  const { limit, offset } = options;
  const key = rankedOrderKey(campaignSpec, sort, version);
  const kept = offset > 0 ? getRankedOrder(index, key) : undefined;
  const fromOrder = kept ? pageOfOrder(kept, offset, limit) : null;
  const display = (ids: string[]) => loadCreatorDisplay(pool, ids, options.campaignId ?? null);
  const [ranked, keptPage] = await Promise.all([
    rank(index, campaignSpec, {
      limit,
      offset,
      now: options.now,
      forecastModel: model,
      sort,
      ...(fromOrder ? { fromOrder } : { keepOrder: orderDepth(offset, limit) }),
    }),
    // A kept order names the page's creators before they are explained: their names
    // and matches load meanwhile, one wait on Postgres fewer for most pages.
    fromOrder ? display(Array.from(fromOrder.slots, (slot) => index.ids[slot]!)) : null,
  ]);
  if (ranked.order) keepRankedOrder(index, key, { slots: ranked.order, total: ranked.total });
  const page = keptPage ?? (await display(idsOf(ranked)));
  return { ranked, page, version };
}

/** The page as objects (scripts, tests, benches). */
export async function rankStoredCampaign(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  options: StoredRankOptions,
): Promise<StoredRanking> {
  const { ranked, page, version } = await rankWith(
    pool,
    cache,
    campaign,
    options,
    rankInline,
    (r) => r.results.map((x) => x.id),
  );
  const results: RankedCreator[] = [];
  for (const r of ranked?.results ?? []) {
    // A creator deleted since the index was refreshed is dropped from the page.
    const p = page.get(r.id);
    if (p) results.push({ ...r, creator: p.display, match: p.match });
  }
  return { results, total: ranked?.total ?? 0, forecastModelVersion: version };
}

/**
 * The page as the API answers it, ranked by `rank` (the worker pool) into JSON bytes:
 * `results` is the JSON array of RankedCreator, the same text JSON.stringify would
 * give for rankStoredCampaign's results, assembled without parsing a result.
 */
export async function rankStoredCampaignJson(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  options: StoredRankOptions & { rank: Ranker<EncodedRankResult> },
): Promise<{ results: Buffer; total: number; forecastModelVersion: number | null }> {
  const { ranked, page, version } = await rankWith(
    pool,
    cache,
    campaign,
    options,
    options.rank,
    (r) => r.ids,
  );
  const parts: Uint8Array[] = [];
  let first = true;
  ranked?.ids.forEach((id, i) => {
    const p = page.get(id);
    if (!p) return; // deleted since the index was refreshed
    parts.push(Buffer.from(first ? "[" : ","), resultJsonOpen(ranked, i));
    parts.push(
      Buffer.from(`,"creator":${JSON.stringify(p.display)},"match":${JSON.stringify(p.match)}}`),
    );
    first = false;
  });
  parts.push(Buffer.from(first ? "[]" : "]"));
  return {
    results: Buffer.concat(parts),
    total: ranked?.total ?? 0,
    forecastModelVersion: version,
  };
}
