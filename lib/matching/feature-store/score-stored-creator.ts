// One stored creator scored for a stored campaign: the same features (the in-memory
// index), forecast model, filters and explanation the ranking uses, so the detail panel
// shows the numbers of the row it was opened from, and says when the list it was opened
// over leaves the creator out.
import type pg from "pg";
import {
  campaignSpecFromDb,
  mergeFilters,
  type RequestFilters,
  type StoredCampaign,
} from "./campaign.ts";
import type { FeatureIndexCache } from "./cache.ts";
import { getForecastModel } from "../forecast/store.ts";
import { filterReason, scoreCreator } from "../engine/rank.ts";
import { prepareCampaign } from "../engine/prepare-campaign.ts";
import type { MatchResult } from "../engine/types.ts";

export type ScoredStoredCreator = MatchResult & {
  /**
   * Why the campaign's own filters, narrowed by the request's, leave this creator out
   * of the ranking (in English); null = ranked.
   */
  filteredOut: string | null;
};

/** Null when the creator has no feature row (unknown id, or not refreshed yet). */
export async function scoreStoredCreator(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  creatorId: string,
  requestFilters: RequestFilters = {},
): Promise<ScoredStoredCreator | null> {
  const [{ model }, index] = await Promise.all([getForecastModel(pool), cache.get()]);
  const slots = index.slotsOf(creatorId);
  if (slots.length === 0) return null;
  const spec = campaignSpecFromDb(campaign);
  const filters = mergeFilters(spec.filters ?? {}, requestFilters);
  // Filters that contradict the campaign's match nobody: scored on the campaign's own.
  const q = prepareCampaign(filters ? { ...spec, filters } : spec, model);
  // A stored creator has one feature row: the platform its biggest channel is on.
  const features = index.featuresAt(slots[0]);
  const result = scoreCreator(features, q);
  const filteredOut =
    filters === null
      ? "the filters match no creator"
      : (filterReason(features, q) ??
        (result.score < q.minScore ? `score below ${q.minScore}` : null));
  return { ...result, filteredOut };
}
