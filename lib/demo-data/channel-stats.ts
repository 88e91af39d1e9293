// The aggregate columns of a channel, computed from its videos exactly as the product
// defines them, so that the channels table never disagrees with the videos table.
import { toDbSpelling } from "../vocabulary.ts";
import { tierOf } from "../matching/engine/norms.ts";
import type { CreatorFeatures } from "../matching/engine/types.ts";
import type { Tier, VideoRow } from "./types.ts";

const DAY = 86_400_000;

/** The engine's tier (lib/matching/engine/norms.ts), spelled as the channels table stores it. */
export function tierFor(subscribers: number): Tier {
  return toDbSpelling(tierOf(subscribers));
}

/** Linear-interpolated quantile of an ascending list (q in 0..1); NaN when empty. */
function sortedQuantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/** Linear-interpolated quantile of an unsorted list (q in 0..1); NaN when empty. */
export function quantile(values: number[], q: number): number {
  // a typed array sorts numerically without a comparator call per pair
  return sortedQuantile(Float64Array.from(values).sort(), q);
}

export function median(values: number[]): number {
  return quantile(values, 0.5);
}

/** The engine's definitions (engagement = median of (likes + comments) / views, ...). */
export type ChannelAggregates = Pick<
  CreatorFeatures,
  | "medianViews"
  | "viewsP25"
  | "viewsP75"
  | "engagementRate"
  | "likeRate"
  | "commentRate"
  | "shareRate"
  | "uploadsPer30d"
> & { lastVideoAt: number };

export function channelAggregates(
  videos: Pick<VideoRow, "views" | "likes" | "comments" | "shares" | "publishedAt">[],
): ChannelAggregates {
  const views = Float64Array.from(videos, (v) => v.views).sort();
  const watched = videos.filter((v) => v.views > 0);
  const published = videos.map((v) => v.publishedAt);
  const first = Math.min(...published);
  const last = Math.max(...published);
  const spanDays = Math.max(1, (last - first) / DAY);
  return {
    medianViews: Math.round(sortedQuantile(views, 0.5)),
    viewsP25: sortedQuantile(views, 0.25),
    viewsP75: sortedQuantile(views, 0.75),
    engagementRate: median(watched.map((v) => (v.likes + v.comments) / v.views)),
    likeRate: median(watched.map((v) => v.likes / v.views)),
    commentRate: median(watched.map((v) => v.comments / v.views)),
    shareRate: median(watched.map((v) => v.shares / v.views)),
    lastVideoAt: last,
    uploadsPer30d: ((videos.length - 1) / spanDays) * 30,
  };
}
