// Turns GROUP BY rows into a complete record, so every status shows up (with 0)
// in cards and charts, in workflow order.
export function countsByKey<K extends string>(
  keys: readonly K[],
  rows: ReadonlyArray<{ key: string; count: number }>,
): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const r of rows) if (r.key in out) out[r.key as K] += r.count;
  return out;
}

export const CAMPAIGN_STATUSES = ["DRAFT", "ACTIVE", "PAUSED", "COMPLETED"] as const;

export const TIERS = ["NANO", "MICRO", "MID", "MACRO", "MEGA"] as const;

export type CampaignStatusKey = (typeof CAMPAIGN_STATUSES)[number];
export type TierKey = (typeof TIERS)[number];
