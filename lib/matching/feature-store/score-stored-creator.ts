// One stored creator scored for a stored campaign: the same features (the in-memory
// index), forecast model and explanation the ranking uses, so the detail panel shows
// the numbers of the row it was opened from.
import type pg from "pg";
import { campaignSpecFromDb, type StoredCampaign } from "./campaign.ts";
import type { FeatureIndexCache } from "./cache.ts";
import { getForecastModel } from "../forecast/store.ts";
import { filterReason, scoreCreator } from "../engine/rank.ts";
import { prepareCampaign } from "../engine/prepare-campaign.ts";
import type { MatchResult } from "../engine/types.ts";

export type ScoredStoredCreator = MatchResult & {
  /** Why the campaign's own filters leave this creator out of its ranking; null = ranked. */
  filteredOut: string | null;
};

/** Null when the creator has no feature row (unknown id, or not refreshed yet). */
export async function scoreStoredCreator(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  creatorId: string,
): Promise<ScoredStoredCreator | null> {
  const [{ model }, index] = await Promise.all([getForecastModel(pool), cache.get()]);
  const slots = index.slotsOf(creatorId);
  if (slots.length === 0) return null;
  const q = prepareCampaign(campaignSpecFromDb(campaign), model);
  // A stored creator has one feature row: the platform its biggest channel is on.
  const features = index.featuresAt(slots[0]);
  return { ...scoreCreator(features, q), filteredOut: filterReason(features, q) };
}
