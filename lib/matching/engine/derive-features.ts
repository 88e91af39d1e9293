// Roster record / channel data -> the compact feature row the engine ranks on.
import {
  normalizeCountry,
  toAgeVector,
  toCountryShares,
  toGenderVector,
  toRegionShares,
} from "./audience.ts";
import { normalizeCurrency } from "../../money.ts";
import { tierFromViews, tierOf } from "./norms.ts";
import { districtIn, normalizeDistrict, normalizeRegion } from "./regions.ts";
import { weightedQuantiles } from "./stats.ts";
import { normalizeCategories } from "./taxonomy.ts";
import type { CreatorFeatures, CreatorRecord } from "./types.ts";

/**
 * The version of the rules that turn a record into its feature row: how categories,
 * places, countries, currencies and rates are read (taxonomy.ts, regions.ts,
 * audience.ts, lib/money.ts) and what is derived here. Raise it with any change that
 * would store a different row for the same record: stored rows of a lower version are
 * recomputed when the job worker starts (feature-store/refresh.ts,
 * refreshStaleCreatorFeatures). 1: district names, money-written rates (2026-12).
 * 2: the district itself, for district targets (2026-12). 3: a city and its gu run
 * together after a province ("경북 포항시남구") name their district (2026-12).
 */
export const FEATURE_RULES_VERSION = 3;

const DAY_MS = 86_400_000;
// Views of a video keep climbing for its first days; younger videos would drag the
// statistics down, so they only count when there is nothing older.
export const SETTLE_DAYS = 3;
export const RECENT_VIDEOS = 50;
// Recency weighting: a video 25 uploads back counts half as much as the newest one,
// so a channel that is growing or fading is judged by what it does now, while the
// quantiles stay robust to a single viral hit.
const HALF_LIFE_VIDEOS = 25;
export const UPLOAD_WINDOW_DAYS = 90;

interface DatedVideo {
  t: number;
  views: number;
  likes: number | null;
  comments: number | null;
  shares: number | null;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

// "2026-10-01T00:00:00Z" / "...00.000Z" without Date.parse, which dominates deriving
// a roster of 50-video channels; anything else goes through Date.parse.
export function parseTimestamp(s: string): number {
  if (
    (s.length === 20 || s.length === 24) &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(s.length - 1) === 90
  ) {
    const t = Date.UTC(
      digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2),
      two(s, 5) - 1,
      two(s, 8),
      two(s, 11),
      two(s, 14),
      two(s, 17),
      s.length === 24 ? digit(s, 20) * 100 + two(s, 21) : 0,
    );
    if (Number.isFinite(t)) return t;
  }
  return Date.parse(s);
}

function count(v: number | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

// A missing or 0 rate is unknown: rosters write 0 for "not asked yet". Only an
// explicit worksForFree makes the rate 0.
function rateOf(record: CreatorRecord): number | null {
  if (record.worksForFree === true) return 0;
  const r = count(record.ratePerVideo ?? null);
  return r !== null && r > 0 ? r : null;
}

export function deriveFeatures(record: CreatorRecord, now: Date): CreatorFeatures {
  const nowMs = now.getTime();
  const videos: DatedVideo[] = [];
  for (const v of record.videos ?? []) {
    const t = parseTimestamp(v.publishedAt);
    const views = count(v.views);
    if (!Number.isFinite(t) || views === null) continue;
    videos.push({
      // Clock skew between the source and us must not make a video "older than new".
      t: t > nowMs ? nowMs : t,
      views,
      likes: count(v.likes),
      comments: count(v.comments),
      shares: count(v.shares),
    });
  }
  // Newest first; equal timestamps keep the roster's order.
  videos.sort((a, b) => b.t - a.t);

  const settled = videos.filter((v) => nowMs - v.t >= SETTLE_DAYS * DAY_MS);
  const used = (settled.length > 0 ? settled : videos).slice(0, RECENT_VIDEOS);
  const weights = used.map((_, i) => 0.5 ** (i / HALF_LIFE_VIDEOS));

  let medianViews = 0;
  let viewsP25 = 0;
  let viewsP75 = 0;
  if (used.length > 0) {
    [viewsP25, medianViews, viewsP75] = weightedQuantiles(
      used.map((v) => v.views),
      weights,
      [0.25, 0.5, 0.75],
    );
  }

  const rate = (pick: (v: DatedVideo) => number | null): number => {
    const vals: number[] = [];
    const ws: number[] = [];
    used.forEach((v, i) => {
      const x = pick(v);
      if (x === null || v.views <= 0) return;
      vals.push(x / v.views);
      ws.push(weights[i]);
    });
    return vals.length > 0 ? weightedQuantiles(vals, ws, [0.5])[0] : 0;
  };
  // Hidden like counts would make comments alone look like dead engagement, so a
  // video only counts when its likes are known.
  const engagementRate = rate((v) => (v.likes === null ? null : v.likes + (v.comments ?? 0)));

  const subscribers = count(record.subscribers ?? null);
  const subscribersHidden = subscribers === null;
  const audience = record.audience ?? null;
  const audienceAge = toAgeVector(audience?.age);
  const audienceGender = toGenderVector(audience?.gender);
  const audienceCountries = toCountryShares(audience?.countries);
  const audienceRegions = toRegionShares(audience?.regions);
  const hasAudience =
    audienceAge.length > 0 ||
    audienceGender.length > 0 ||
    audienceCountries !== null ||
    audienceRegions !== null;

  const uploadsInWindow = videos.filter((v) => nowMs - v.t <= UPLOAD_WINDOW_DAYS * DAY_MS).length;
  const country = record.country ? normalizeCountry(record.country) : null;

  const features: CreatorFeatures = {
    id: record.id,
    platform: record.platform,
    tier: subscribers !== null ? tierOf(subscribers) : tierFromViews(record.platform, medianViews),
    subscribers,
    subscribersHidden,
    videoCount: used.length,
    medianViews,
    viewsP25,
    viewsP75,
    engagementRate,
    likeRate: rate((v) => v.likes),
    commentRate: rate((v) => v.comments),
    shareRate: rate((v) => v.shares),
    uploadsPer30d: (uploadsInWindow * 30) / UPLOAD_WINDOW_DAYS,
    daysSinceLastVideo: videos.length > 0 ? (nowMs - videos[0].t) / DAY_MS : null,
    categories: normalizeCategories(record.categories ?? []),
    region: normalizeRegion(record.region),
    country,
    ratePerVideo: rateOf(record),
    currency: normalizeCurrency(record.currency),
    audienceAge,
    audienceGender,
    audienceCountries,
    audienceSource: hasAudience ? (record.audienceSource ?? "estimated") : null,
  };
  // Only present when the roster measured it, so rows round-trip through the
  // creator_features table unchanged otherwise.
  if (audienceRegions !== null) features.audienceRegions = audienceRegions;
  const district = districtIn(record.district, features.region) ?? normalizeDistrict(record.region);
  if (district !== null) features.district = district;
  return features;
}
