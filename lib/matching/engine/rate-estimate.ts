// A creator's likely rate per video when the rate card is unknown, from the tier its
// views put it in and the campaign's category. Only the value-per-won ordering uses
// it, and every row that relies on it says "estimated". Rough Korean market levels.
import type { Tier } from "./types.ts";

export const ESTIMATED_RATE_KRW: Record<Tier, number> = {
  nano: 80_000,
  micro: 300_000,
  mid: 1_200_000,
  macro: 4_000_000,
  mega: 12_000_000,
};

// Categories where sponsorships usually pay above (beauty, tech) or below (gaming,
// food) the middle.
const CATEGORY_RATE_MULTIPLIER: Record<string, number> = {
  beauty: 1.25,
  fashion: 1.2,
  tech: 1.2,
  finance: 1.3,
  travel: 1.1,
  gaming: 0.85,
  food: 0.9,
};

export function estimatedRateKrw(tier: Tier, category: string): number {
  return ESTIMATED_RATE_KRW[tier] * (CATEGORY_RATE_MULTIPLIER[category] ?? 1);
}
