// The product's metric definitions, worded once and shown next to every number.
export const DEFINITIONS = {
  roi: "ROI = (revenue − cost) / cost",
  roas: "ROAS = revenue / cost",
  spend:
    "Agreed amounts of accepted and completed matches; the measured cost once a match is completed",
  revenue: "Revenue attributed to completed matches",
  tier: "Tier by subscribers: nano < 1K, micro 1K–10K, mid 10K–100K, macro 100K–1M, mega > 1M",
  channelEngagement:
    "Channel engagement rate: median over recent videos of (likes + comments) / views",
  medianViews: "Median views over the channel's recent videos",
  reviewRule: (threshold: string) =>
    `Matches wait for review when the offer is above ${threshold}, the match has low confidence, or the creator has no completed campaign yet`,
} as const;

export { TIER_LABEL } from "../vocabulary.ts";
