// The engine's view of one creator for one campaign at proposal time: the same
// features, factors, forecast and risks a ranking shows, computed by the engine's own
// scoreCreator on the creator's row of the in-memory feature index, priced at the offer
// rather than the rate card (the fee, and the commission the forecast revenue would
// earn): the budget factor, the cost per view and the value are what the brand would
// pay. The stored features stay the creator's own.
import type pg from "pg";
import { conflict } from "../errors.ts";
import { campaignSpecFromDb, type StoredCampaign } from "../matching/feature-store/campaign.ts";
import type { FeatureIndexCache } from "../matching/feature-store/cache.ts";
import { getForecastModel } from "../matching/forecast/store.ts";
import { scoreCreator } from "../matching/engine/rank.ts";
import type { CreatorFeatures, MatchResult } from "../matching/engine/types.ts";

export type ProposalScore = { result: MatchResult; features: CreatorFeatures };

export async function scoreForProposal(
  pool: pg.Pool,
  cache: FeatureIndexCache,
  campaign: StoredCampaign,
  creatorId: string,
  /** the offer: its fee in the campaign's currency, and any commission on revenue */
  offer: { amount: number; commissionRateBp?: number },
): Promise<ProposalScore> {
  const spec = campaignSpecFromDb(campaign);
  let index = await cache.get();
  // A creator imported a moment ago may not be in the index yet: refresh once.
  if (index.slotsOf(creatorId).length === 0) index = await cache.refresh();
  const slots = index.slotsOf(creatorId);
  if (slots.length === 0) throw conflict("This creator has no channel data to score yet");
  const wanted = spec.platforms;
  const slot =
    slots.find((s) => wanted.length === 0 || wanted.includes(index.featuresAt(s).platform)) ??
    slots[0];
  const features = index.featuresAt(slot);
  const { model } = await getForecastModel(pool);
  const at = (price: number) =>
    scoreCreator({ ...features, ratePerVideo: price, currency: spec.currency }, spec, {
      forecastModel: model,
    });
  let result = at(offer.amount);
  // A commission is part of the price: the revenue the forecast expects, at its rate
  // (a ₩1 fee with 50% of the revenue is not a free booking).
  const bp = offer.commissionRateBp ?? 0;
  if (bp > 0)
    result = at(offer.amount + Math.round((result.forecast.estimatedRevenue * bp) / 10_000));
  return { result, features };
}
