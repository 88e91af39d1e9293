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
  // campaign report (lib/reporting/campaign)
  views:
    "Views the linked sponsored videos gained since their baseline (first reading at or after both the link and the campaign start), up to the campaign's last day; read daily from YouTube",
  impressions: "Impressions are the sponsored videos' views",
  ctr: "CTR = clicks / impressions (views of the sponsored videos)",
  clicks: "Tracking-link clicks: bots dropped, one per visitor per link per hour",
  conversions:
    "Orders attributed to a creator (click id, else promo code, last click within 30 days); a later refund does not un-count the order",
  attributedRevenue: "Net attributed revenue: orders minus refunds",
  cost: "Cost = agreed fee + commission % × attributed revenue (accepted and completed matches)",
  cpm: "CPM = cost / impressions × 1000",
  cpv: "CPV = cost / views",
  cpa: "CPA = cost / conversions",
  videoEngagement:
    "Engagement rate of the sponsored videos: (likes + comments gained) / views gained in the campaign",
  forecastError:
    "Within range: share of measured creators whose actual views fell inside the range predicted at proposal time. MAPE: mean of |actual − range midpoint| / actual",
  reviewRule: (threshold: string) =>
    `Matches wait for review when the offer is above ${threshold}, the match has low confidence, or the creator has no completed campaign yet`,
} as const;

export { TIER_LABEL } from "../vocabulary.ts";
