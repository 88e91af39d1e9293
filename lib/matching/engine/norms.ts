// Reference values per platform and tier that the engine compares a channel with.
// They are priors from public industry benchmarks (views per follower and engagement
// by view fall as channels grow); the forecast model can refit what it predicts, but
// these norms only decide what counts as "far off", so they stay fixed and stated.
import { TIER_SLUGS, type Platform, type Tier } from "./types.ts";

export function tierOf(subscribers: number): Tier {
  if (subscribers < 1_000) return "nano";
  if (subscribers < 10_000) return "micro";
  if (subscribers < 100_000) return "mid";
  if (subscribers <= 1_000_000) return "macro";
  return "mega";
}

// Median views of a recent video / subscribers, for a typical channel.
export const VIEWS_PER_SUBSCRIBER_NORM: Record<Platform, Record<Tier, number>> = {
  youtube: { nano: 0.35, micro: 0.2, mid: 0.12, macro: 0.07, mega: 0.04 },
  instagram: { nano: 0.5, micro: 0.35, mid: 0.25, macro: 0.15, mega: 0.1 },
  tiktok: { nano: 0.8, micro: 0.5, mid: 0.3, macro: 0.2, mega: 0.12 },
};

// Median (likes + comments) / views of a recent video, for a typical channel.
export const ENGAGEMENT_NORM: Record<Platform, Record<Tier, number>> = {
  youtube: { nano: 0.06, micro: 0.05, mid: 0.04, macro: 0.032, mega: 0.025 },
  instagram: { nano: 0.09, micro: 0.07, mid: 0.055, macro: 0.045, mega: 0.035 },
  tiktok: { nano: 0.1, micro: 0.08, mid: 0.07, macro: 0.06, mega: 0.05 },
};

// A hidden subscriber count still leaves the views: pick the tier whose typical
// views-per-subscriber would put the implied subscriber count inside that tier.
export function tierFromViews(platform: Platform, medianViews: number): Tier {
  if (!(medianViews > 0)) return "nano";
  for (const t of TIER_SLUGS) {
    if (tierOf(medianViews / VIEWS_PER_SUBSCRIBER_NORM[platform][t]) === t) return t;
  }
  return tierOf(medianViews / VIEWS_PER_SUBSCRIBER_NORM[platform].mid);
}

// The tier a channel performs like, judged by its recent median views alone. Norms
// that feed the score use it instead of the subscriber tier, so that a bought
// subscriber count changes nothing in the score.
export function performanceTier(platform: Platform, medianViews: number): Tier {
  return tierFromViews(platform, medianViews);
}

// Expected views of the next video shrink once a channel stops uploading: the
// recommendation system and the audience move on. No shrink within a month.
export const STALE_AFTER_DAYS = 30;
// After about two years without a video the next one is expected to reach a twentieth of
// the old views (a floor of 0.3 kept a channel dead for three years at the top of a
// ranking, its cheap rate per old view intact).
export const STALE_FLOOR = 0.05;
export function staleFactor(daysSinceLastVideo: number | null): number {
  if (daysSinceLastVideo === null || daysSinceLastVideo <= STALE_AFTER_DAYS) return 1;
  const f = 1 - 0.25 * Math.log2(daysSinceLastVideo / STALE_AFTER_DAYS);
  return f < STALE_FLOOR ? STALE_FLOOR : f;
}

// Views that the audience does not engage with at all (bought views, autoplay) are
// worth less: below half the tier's engagement norm they are discounted, never zeroed.
export function engagementQualityFactor(engagementRatio: number): number {
  if (!(engagementRatio > 0)) return 1;
  const r = engagementRatio / 0.5;
  return r >= 1 ? 1 : Math.sqrt(r < 0.2 ? 0.2 : r);
}
