// Which order a campaign's "Find creators" list starts in. A store visit buys people who
// can walk in: reach in the store's area per won of fee, which the value order ranks by
// (target-audience views per won, the place counted in them), while the fit score weighs
// the place as one part of one factor of four and lets a big channel across the country
// come first. Every other campaign starts by fit. The brand can switch either way; the
// API and `npm run match` keep fit as their default.
import type { RankSort } from "../matching/engine/rank.ts";

export function defaultRankingSort(campaign: {
  type: string;
  targetAudience: { regions: readonly string[] };
}): RankSort {
  return campaign.type === "STORE_VISIT" && campaign.targetAudience.regions.length > 0
    ? "value"
    : "score";
}
