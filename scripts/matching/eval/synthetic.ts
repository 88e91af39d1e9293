// Deterministic synthetic creators for the benchmarks, the ranking eval and tests
// (the demo data has its own generator in lib/demo-data).
// Each creator is drawn from latent truths (its real audience, content mix, human
// views, engagement, price); the roster record is what a platform would *observe*:
// noisy or missing audience data, subscriber counts that some channels inflate,
// views that some channels buy, stale channels, viral outliers, hidden counts.
// The eval judges the engine against the latent truth, not against its own formula,
// so the numbers here are deliberately this generator's own and not the engine's norms.
import {
  AGE_BUCKETS,
  type VideoRecord,
  type CreatorFeatures,
  type CreatorRecord,
  type Platform,
  type Tier,
} from "../../../lib/matching/engine/types.ts";
import {
  KR_POPULATION_SHARE,
  KR_REGIONS,
  type KrRegion,
} from "../../../lib/matching/engine/regions.ts";
import { Rng } from "../../../lib/random/seeded-random.ts";
import { tierOf } from "../../../lib/matching/engine/norms.ts";
import { CATEGORIES, type Category } from "../../../lib/matching/engine/taxonomy.ts";
import {
  CATEGORY_AGE_CENTER,
  CATEGORY_FEMALE,
  CATEGORY_POPULARITY,
  GENERATOR_NEIGHBOURS,
} from "./synthetic-profiles.ts";

export {
  generateCampaigns,
  trueUtility,
  type SyntheticCampaignOptions,
} from "./synthetic-campaigns.ts";

export const SYNTHETIC_NOW = new Date("2026-11-01T00:00:00Z");
const DAY_MS = 86_400_000;

export interface SyntheticOptions {
  // share of channels whose subscriber count is inflated (bought followers)
  inflatedShare?: number;
  // how many times the true count an inflated channel claims, drawn uniformly
  inflationRange?: [number, number];
  // share of channels that buy views (views up, engagement down)
  boughtViewsShare?: number;
  // scales the noise of observed views and of estimated audiences (1 = as usual)
  noise?: number;
  // the moment the data is "fetched"; videos are dated before it
  now?: Date;
}

export interface CreatorTruth {
  id: string;
  platform: Platform;
  trueSubscribers: number;
  inflated: boolean;
  boughtViews: boolean;
  // expected views from real people of the next video, staleness included
  humanViews: number;
  // (likes + comments) / human views of a typical video
  engagementRate: number;
  // engagement relative to what this generator considers normal for the size
  engagementQuality: number;
  contentMix: Partial<Record<Category, number>>;
  age: number[];
  female: number;
  countries: Record<string, number>;
  // among viewers in Korea
  regions: Partial<Record<KrRegion, number>>;
  // what the creator would charge, KRW, even when the roster does not say
  rateKrw: number;
}

// Human views per real subscriber of a typical recent video, by platform and tier.
const GEN_VIEWS_PER_SUB: Record<Platform, Record<Tier, number>> = {
  youtube: { nano: 0.3, micro: 0.18, mid: 0.11, macro: 0.075, mega: 0.045 },
  instagram: { nano: 0.45, micro: 0.3, mid: 0.22, macro: 0.16, mega: 0.11 },
  tiktok: { nano: 0.7, micro: 0.45, mid: 0.3, macro: 0.22, mega: 0.14 },
};
// Typical (likes + comments) / views by platform and tier.
const GEN_ENGAGEMENT: Record<Platform, Record<Tier, number>> = {
  youtube: { nano: 0.055, micro: 0.048, mid: 0.04, macro: 0.034, mega: 0.028 },
  instagram: { nano: 0.085, micro: 0.07, mid: 0.058, macro: 0.047, mega: 0.038 },
  tiktok: { nano: 0.095, micro: 0.082, mid: 0.072, macro: 0.062, mega: 0.052 },
};
const UPLOAD_INTERVAL_DAYS: Record<Tier, number> = {
  nano: 12,
  micro: 9,
  mid: 6,
  macro: 4,
  mega: 3,
};
// Share of channels (by true size) per tier, and the log10 subscriber range of each.
const TIER_MIX: Record<Tier, number> = {
  nano: 0.12,
  micro: 0.33,
  mid: 0.32,
  macro: 0.17,
  mega: 0.06,
};
const TIER_LOG10_RANGE: Record<Tier, [number, number]> = {
  nano: [1.7, 3],
  micro: [3, 4],
  mid: [4, 5],
  macro: [5, 6],
  mega: [6, 7.3],
};
const AUDIENCE_MISSING: Record<Tier, number> = {
  nano: 0.4,
  micro: 0.3,
  mid: 0.2,
  macro: 0.15,
  mega: 0.1,
};
const FOREIGN_COUNTRIES = ["US", "JP", "VN", "TW", "TH"] as const;
const EXTRA_COUNTRIES = ["US", "JP", "VN", "CA", "TW", "AU", "TH", "PH"] as const;
// A creator's price in KRW: mostly set by the (claimed) subscriber count.
const RATE_PER_SUB_POWER = 0.8;
const RATE_SCALE_KRW = 130;
const MIN_RATE_KRW = 30_000;
// True decay of views after a channel stops uploading.
const TRUE_STALE_HALF_DAYS = 280;

interface Latent {
  truth: CreatorTruth;
  country: string;
  region: KrRegion | null;
  observedSubscribers: number;
  tierObserved: Tier;
  daysSinceLast: number;
  intervalDays: number;
  growthPerVideo: number;
  videoCount: number;
  likesHidden: boolean;
  // the level of human views per video before staleness, now
  humanLevel: number;
  viewsBoost: number;
  likeRate: number;
  commentShare: number;
  observedCategories: Category[];
  noise: number;
}

function sampleLog10Subs(rng: Rng, tier: Tier): number {
  const [lo, hi] = TIER_LOG10_RANGE[tier];
  // Truncated exponential in log space: more small channels than big ones in a tier.
  const lambda = 0.3 * Math.LN10;
  const u = rng.next();
  return lo - Math.log(1 - u * (1 - Math.exp(-lambda * (hi - lo)))) / lambda;
}

function normalize(v: number[]): number[] {
  const s = v.reduce((a, b) => a + b, 0);
  return v.map((x) => x / s);
}

function sampleAge(rng: Rng, center: number): number[] {
  const c = center + rng.normal(0, 0.6);
  const sd = rng.uniform(0.8, 1.3);
  return normalize(AGE_BUCKETS.map((_, b) => Math.exp(-0.5 * ((b - c) / sd) ** 2) + 0.005));
}

function sampleLatent(rng: Rng, i: number, opts: Required<Omit<SyntheticOptions, "now">>): Latent {
  const platform = rng.weightedKey({ youtube: 0.7, instagram: 0.18, tiktok: 0.12 }) as Platform;
  const trueTier = rng.weightedKey(TIER_MIX) as Tier;
  const trueSubscribers = Math.round(10 ** sampleLog10Subs(rng, trueTier));
  const inflated = rng.chance(opts.inflatedShare);
  const observedSubscribers = inflated
    ? Math.round(trueSubscribers * rng.uniform(opts.inflationRange[0], opts.inflationRange[1]))
    : trueSubscribers;
  const boughtViews = !inflated && rng.chance(opts.boughtViewsShare);

  const korean = rng.chance(0.88);
  const country = korean ? "KR" : rng.pick(FOREIGN_COUNTRIES);
  const region =
    korean && rng.chance(0.86) ? (rng.weightedKey(KR_POPULATION_SHARE) as KrRegion) : null;

  // content mix
  const primary = rng.weightedKey(CATEGORY_POPULARITY) as Category;
  const mix: Partial<Record<Category, number>> = {};
  let primaryWeight = rng.uniform(0.55, 0.9);
  mix[primary] = primaryWeight;
  if (rng.chance(0.65)) {
    const second = rng.chance(0.7)
      ? rng.pick(GENERATOR_NEIGHBOURS[primary])
      : rng.pick(CATEGORIES.filter((c) => c !== primary));
    let rest = 1 - primaryWeight;
    if (rng.chance(0.3)) {
      const third = rng.pick(CATEGORIES.filter((c) => c !== primary && c !== second));
      const w3 = rest * rng.uniform(0.2, 0.45);
      mix[third] = w3;
      rest -= w3;
    }
    mix[second] = rest;
  } else {
    primaryWeight = 1;
    mix[primary] = 1;
  }
  const observedCategories = (Object.entries(mix) as [Category, number][])
    .filter(([, w]) => w >= 0.08)
    .sort((a, b) => b[1] - a[1])
    .map(([c]) => c);
  // Labels are self-declared: some list a topic they barely cover, some forget one.
  if (observedCategories.length > 1 && rng.chance(0.06)) observedCategories.pop();
  if (rng.chance(0.05))
    observedCategories.push(rng.pick(CATEGORIES.filter((c) => !observedCategories.includes(c))));

  // true audience
  const age = sampleAge(rng, CATEGORY_AGE_CENTER[primary]);
  const logit = (p: number) => Math.log(p / (1 - p));
  const female = 1 / (1 + Math.exp(-(logit(CATEGORY_FEMALE[primary]) + rng.normal(0, 0.6))));
  const countries: Record<string, number> = {};
  if (korean) {
    countries.KR = 0.97 - 0.25 * rng.next() ** 2;
  } else {
    countries[country] = rng.uniform(0.45, 0.9);
    countries.KR = rng.uniform(0.01, 0.25) * (primary === "kpop" ? 2 : 1);
  }
  let rest = 1 - Object.values(countries).reduce((a, b) => a + b, 0);
  if (rest < 0) {
    const s = Object.values(countries).reduce((a, b) => a + b, 0);
    for (const k of Object.keys(countries)) countries[k] /= s;
    rest = 0;
  }
  const extras = EXTRA_COUNTRIES.filter((c) => !(c in countries));
  const split = rng.dirichlet(extras.map(() => 0.6));
  extras.forEach((c, k) => {
    if (rest * split[k] > 0.001) countries[c] = rest * split[k];
  });
  const regions: Partial<Record<KrRegion, number>> = {};
  const localPull = ["food", "lifestyle", "home", "parenting"].includes(primary) ? 0.15 : 0;
  const home = region !== null ? rng.uniform(0.2, 0.45) + localPull : 0;
  for (const r of KR_REGIONS) regions[r] = (1 - home) * KR_POPULATION_SHARE[r];
  if (region !== null) regions[region] = (regions[region] ?? 0) + home;

  // views and engagement
  const tierTrue = tierOf(trueSubscribers);
  const tierObserved = tierOf(observedSubscribers);
  // Grouped so the product rounds as it always has: the same creators, bit for bit.
  const humanLevel =
    trueSubscribers * (GEN_VIEWS_PER_SUB[platform][tierTrue] * rng.logNormal(0, 0.55));
  const stale = rng.chance(0.12);
  const intervalDays = UPLOAD_INTERVAL_DAYS[tierTrue] * rng.logNormal(0, 0.4);
  const daysSinceLast = stale
    ? Math.exp(rng.uniform(Math.log(45), Math.log(720)))
    : rng.uniform(0, Math.min(intervalDays * 1.5, 30));
  const staleTruth =
    daysSinceLast > 30 ? Math.pow(0.5, (daysSinceLast - 30) / TRUE_STALE_HALF_DAYS) : 1;
  const baseEngagement = GEN_ENGAGEMENT[platform][tierTrue];
  const engagementRate = baseEngagement * rng.logNormal(0, 0.35);
  const vcRoll = rng.next();
  const videoCount =
    vcRoll < 0.02 ? 0 : vcRoll < 0.07 ? rng.int(1, 9) : vcRoll < 0.15 ? rng.int(10, 49) : 50;

  // price, in KRW, driven by the claimed size
  const rateKrw = Math.max(
    MIN_RATE_KRW,
    Math.round(
      (RATE_SCALE_KRW * observedSubscribers ** RATE_PER_SUB_POWER * rng.logNormal(0, 0.45)) /
        10_000,
    ) * 10_000,
  );

  const id = `c${String(i + 1).padStart(7, "0")}`;
  return {
    truth: {
      id,
      platform,
      trueSubscribers,
      inflated,
      boughtViews,
      humanViews: humanLevel * staleTruth,
      engagementRate,
      engagementQuality: engagementRate / baseEngagement,
      contentMix: mix,
      age,
      female,
      countries,
      regions,
      rateKrw,
    },
    country,
    region,
    observedSubscribers,
    tierObserved,
    daysSinceLast,
    intervalDays,
    growthPerVideo: rng.normal(0, 0.012),
    videoCount,
    likesHidden: platform === "youtube" && rng.chance(0.05),
    humanLevel,
    viewsBoost: boughtViews ? rng.uniform(3, 8) : 1,
    likeRate: engagementRate * rng.uniform(0.88, 0.97),
    commentShare: rng.uniform(0.03, 0.12),
    observedCategories,
    noise: opts.noise,
  };
}

function noisyVector(
  rng: Rng,
  v: number[],
  sigma: number,
  priorMix: number,
  prior: readonly number[],
) {
  const noisy = normalize(v.map((x) => x * Math.exp(rng.normal(0, sigma))));
  return noisy.map((x, k) => (1 - priorMix) * x + priorMix * prior[k]);
}

const POPULATION_AGE = [0.08, 0.2, 0.23, 0.19, 0.15, 0.1, 0.05];
const r4 = (x: number) => Math.round(x * 10_000) / 10_000;

function observeAudience(rng: Rng, l: Latent): Pick<CreatorRecord, "audience" | "audienceSource"> {
  const t = l.truth;
  if (rng.chance(AUDIENCE_MISSING[l.tierObserved])) return {};
  const verified = rng.chance(0.4);
  const age = verified
    ? noisyVector(rng, t.age, 0.05, 0, POPULATION_AGE)
    : noisyVector(rng, t.age, 0.35 * l.noise, 0.2, POPULATION_AGE);
  const femaleNoise = verified ? 0.01 : 0.08 * l.noise;
  const female = Math.min(0.99, Math.max(0.01, t.female + rng.normal(0, femaleNoise)));
  const top = Object.entries(t.countries)
    .sort((a, b) => b[1] - a[1])
    .slice(0, verified ? 6 : 3);
  const countries: Record<string, number> = {};
  for (const [c, s] of top) {
    const noisy = verified ? s : Math.min(1, Math.max(0, s + rng.normal(0, 0.07 * l.noise)));
    if (noisy > 0) countries[c] = r4(noisy);
  }
  return {
    audience: {
      age: Object.fromEntries(AGE_BUCKETS.map((b, k) => [b, r4(age[k])])),
      gender: { female: r4(female), male: r4(1 - female) },
      countries,
    },
    audienceSource: verified ? "verified" : "estimated",
  };
}

function observeVideos(rng: Rng, l: Latent, nowMs: number): CreatorRecord["videos"] {
  const videos: CreatorRecord["videos"] = [];
  let ageDays = l.daysSinceLast;
  const showShares = l.truth.platform !== "youtube";
  for (let k = 0; k < l.videoCount; k++) {
    const level = l.humanLevel * Math.exp(-l.growthPerVideo * k);
    const viral = rng.chance(0.04) ? rng.uniform(3, 25) : 1;
    // Views of a fresh video are still climbing.
    const maturity = ageDays < 7 ? 1 - Math.exp(-Math.max(ageDays, 0.05) / 2) : 1;
    const human = level * rng.logNormal(0, 0.5 * l.noise) * viral * maturity;
    const views = Math.round(human * l.viewsBoost);
    const likes = Math.round(human * l.likeRate * rng.logNormal(0, 0.25));
    const comments = Math.round(human * l.likeRate * l.commentShare * rng.logNormal(0, 0.4));
    const v: VideoRecord = {
      publishedAt: new Date(nowMs - ageDays * DAY_MS).toISOString(),
      views,
      comments,
    };
    if (!l.likesHidden) v.likes = likes;
    if (showShares) v.shares = Math.round(human * rng.uniform(0.002, 0.01));
    videos.push(v);
    ageDays += l.intervalDays * rng.logNormal(0, 0.5);
  }
  return videos;
}

function toRecord(rng: Rng, l: Latent, nowMs: number): CreatorRecord {
  const t = l.truth;
  const hidden = rng.chance(0.06);
  const rateMissing = rng.chance(0.08);
  const usd = l.country !== "KR" && rng.chance(0.5);
  return {
    id: t.id,
    platform: t.platform,
    channelName: `${l.observedCategories[0] ?? "creator"} channel ${t.id.slice(1)}`,
    subscribers: hidden ? null : l.observedSubscribers,
    categories: l.observedCategories,
    region: l.region,
    country: l.country,
    ratePerVideo: rateMissing ? null : usd ? Math.round(t.rateKrw / 14) : t.rateKrw,
    currency: usd ? "USD" : "KRW",
    videos: observeVideos(rng, l, nowMs),
    ...observeAudience(rng, l),
  };
}

function withDefaults(opts: SyntheticOptions) {
  return {
    inflatedShare: opts.inflatedShare ?? 0.05,
    inflationRange: opts.inflationRange ?? ([4, 25] as [number, number]),
    boughtViewsShare: opts.boughtViewsShare ?? 0.02,
    noise: opts.noise ?? 1,
  };
}

// One child stream per creator: creator i is the same whatever n is, and the same
// creator on the record path and the feature path.
function creatorRng(seed: number, i: number): Rng {
  return Rng.fromSeed((seed * 1_000_003 + i) >>> 0);
}

export function generateCreatorsWithTruth(
  n: number,
  seed: number,
  opts: SyntheticOptions = {},
): { records: CreatorRecord[]; truth: CreatorTruth[] } {
  const o = withDefaults(opts);
  const nowMs = (opts.now ?? SYNTHETIC_NOW).getTime();
  const records: CreatorRecord[] = [];
  const truth: CreatorTruth[] = [];
  for (let i = 0; i < n; i++) {
    const r = creatorRng(seed, i);
    const l = sampleLatent(r, i, o);
    records.push(toRecord(r, l, nowMs));
    truth.push(l.truth);
  }
  return { records, truth };
}

export function generateCreators(
  n: number,
  seed: number,
  opts: SyntheticOptions = {},
): CreatorRecord[] {
  return generateCreatorsWithTruth(n, seed, opts).records;
}

// Feature rows straight from the latent draws, without generating 50 videos per
// creator: for benches at a million creators. Distributions match the record path
// (the same latent sampler), the statistics are drawn rather than computed.
export function generateCreatorFeatures(
  n: number,
  seed: number,
  opts: SyntheticOptions = {},
): CreatorFeatures[] {
  const o = withDefaults(opts);
  const out: CreatorFeatures[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const r = creatorRng(seed, i);
    const l = sampleLatent(r, i, o);
    const t = l.truth;
    const hidden = r.chance(0.06);
    const observed = observeAudience(r, l);
    const a = observed.audience;
    const median =
      l.videoCount > 0
        ? l.humanLevel * l.viewsBoost * r.logNormal(0, 0.5 / Math.sqrt(l.videoCount))
        : 0;
    const spread = r.uniform(0.3, 0.6);
    const ageVec = a?.age ? AGE_BUCKETS.map((b) => a.age![b] ?? 0) : [];
    out[i] = {
      id: t.id,
      platform: t.platform,
      tier: hidden ? l.tierObserved : tierOf(l.observedSubscribers),
      subscribers: hidden ? null : l.observedSubscribers,
      subscribersHidden: hidden,
      videoCount: l.videoCount,
      medianViews: median,
      viewsP25: median * Math.exp(-spread),
      viewsP75: median * Math.exp(spread),
      engagementRate:
        l.likesHidden || l.videoCount === 0
          ? 0
          : (l.likeRate * (1 + l.commentShare)) / l.viewsBoost,
      likeRate: l.likesHidden || l.videoCount === 0 ? 0 : l.likeRate / l.viewsBoost,
      commentRate: l.videoCount === 0 ? 0 : (l.likeRate * l.commentShare) / l.viewsBoost,
      shareRate: t.platform === "youtube" || l.videoCount === 0 ? 0 : 0.005 / l.viewsBoost,
      uploadsPer30d: l.daysSinceLast > 90 ? 0 : Math.min(30, 30 / l.intervalDays),
      daysSinceLastVideo: l.videoCount > 0 ? l.daysSinceLast : null,
      categories: l.observedCategories,
      region: l.region,
      country: l.country,
      ratePerVideo: r.chance(0.08) ? null : t.rateKrw,
      currency: "KRW",
      audienceAge: ageVec,
      audienceGender: a?.gender ? [a.gender.female, a.gender.male] : [],
      audienceCountries: a?.countries ?? null,
      audienceSource: observed.audienceSource ?? null,
    };
  }
  return out;
}
