// Creators with one YouTube channel each, their last 50 videos and audience shares.
//
// The model, in short: subscribers are log-normal (heavy-tailed, every tier present);
// a video's views are subscribers x a views-per-subscriber ratio that falls with channel
// size x channel quality x log-normal noise, with rare viral hits and fewer views on
// videos only days old; engagement per view also falls with size. About 5% of channels
// went quiet months ago, about 5% bought subscribers (the public count is inflated, views
// are not, and some videos got bought views without the matching likes), and a few hide
// their subscriber count. The hidden truth is kept on the profile for tests and evals.
import { DISTRICT_OPTIONS } from "../matching/engine/district-label.ts";
import {
  AGE_BUCKETS,
  ABROAD_COUNTRIES,
  CATEGORIES,
  CHANNEL_SUFFIXES,
  CREATOR_REGION_WEIGHTS,
  FOREIGN_AUDIENCE,
  FOREIGN_AUDIENCE_WEIGHTS,
  GIVEN_NAMES,
  REGIONS,
  REGION_NAMES,
  SURNAMES,
  VIDEO_TITLES,
  category,
} from "./catalog.ts";
import { channelAggregates, tierFor, type ChannelAggregates } from "./channel-stats.ts";
import { CHANNEL_SUFFIXES_KO, GIVEN_KO, categoryKo, koreanName, regionKo } from "./korean-names.ts";
import { Rng } from "../random/seeded-random.ts";
import type {
  AudienceRow,
  ChannelRow,
  CreatorRow,
  DataSource,
  UserRow,
  VideoRow,
} from "./types.ts";

const DAY = 86_400_000;
const HOUR = 3_600_000;
export const VIDEOS_PER_CHANNEL = 50;

export type Audience = {
  age: number[];
  female: number;
  countries: Record<string, number>;
  regions: Record<string, number> | null;
  source: DataSource;
  fetchedAt: number;
};

export type CreatorProfile = {
  index: number;
  creator: CreatorRow;
  channel: ChannelRow;
  user: UserRow | null;
  agg: ChannelAggregates;
  audience: Audience | null;
  /** subscriber growth per year, used to reconstruct features at past proposals */
  growthPerYear: number;
  truth: { realSubscribers: number; fakeFollowers: boolean; stale: boolean; hidden: boolean };
};

export type GeneratedCreator = CreatorProfile & { videos: VideoRow[]; audienceRows: AudienceRow[] };

export type CreatorOverrides = {
  email: string;
  name: string;
  categories: string[];
  region: string;
  subscribers: number;
  channelTitle: string;
  handle: string;
};

/** Median views per subscriber of a channel this size: big channels reach a smaller share. */
export function viewsPerSubscriberNorm(subscribers: number): number {
  return 0.3 * Math.pow(Math.max(subscribers, 50) / 1000, -0.18);
}

/** Typical (likes + comments) / views for a channel this size: smaller channels engage more. */
export function engagementNorm(subscribers: number): number {
  return 0.075 * Math.pow(Math.max(subscribers, 50) / 1000, -0.12);
}

/** YouTube's API reports subscriber counts rounded to three significant figures. */
function publicSubscriberCount(n: number): number {
  if (n < 1000) return n;
  const digits = Math.floor(Math.log10(n)) + 1;
  const unit = Math.pow(10, digits - 3);
  return Math.floor(n / unit) * unit;
}

function roundTo(n: number, unit: number): number {
  return Math.round(n / unit) * unit;
}

/** Rounds shares to 4 decimals so that they still sum to exactly `total`. */
function roundShares(shares: number[], total = 1): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const rounded = shares.map((s) => Math.round((s / sum) * total * 10_000) / 10_000);
  const diff = Math.round((total - rounded.reduce((a, b) => a + b, 0)) * 10_000) / 10_000;
  let largest = 0;
  for (let i = 1; i < rounded.length; i++) if (rounded[i] > rounded[largest]) largest = i;
  rounded[largest] = Math.round((rounded[largest] + diff) * 10_000) / 10_000;
  return rounded;
}

function drawCategories(r: Rng): string[] {
  const primary = r.weighted(
    CATEGORIES.map((c) => c.slug),
    CATEGORIES.map((c) => c.weight),
  );
  const out = [primary];
  const related = category(primary).related;
  if (r.chance(0.65)) out.push(r.pick(related));
  if (r.chance(0.2)) {
    const other = r.pick(CATEGORIES).slug;
    if (!out.includes(other)) out.push(other);
  }
  return out;
}

function drawAudience(
  r: Rng,
  categories: string[],
  tierSubscribers: number,
  homeCountry: string,
  region: string | null,
  source: DataSource,
  fetchedAt: number,
): Audience {
  const primary = category(categories[0] ?? "lifestyle");
  const secondary = categories[1] ? category(categories[1]) : primary;
  const age = roundShares(
    primary.age.map((a, i) => (0.7 * a + 0.3 * secondary.age[i]) * r.logNormal(0, 0.25)),
  );
  const female = Math.min(
    0.97,
    Math.max(0.03, 0.75 * primary.female + 0.25 * secondary.female + r.normal(0, 0.07)),
  );

  let homeShare: number;
  if (homeCountry === "KR") {
    const international =
      (tierSubscribers > 100_000 ? 0.05 : 0) +
      (["music", "gaming"].includes(primary.slug) ? 0.06 : 0);
    homeShare = Math.min(0.98, Math.max(0.55, r.normal(0.89, 0.05) - international));
  } else {
    homeShare = r.uniform(0.4, 0.65);
  }
  const countries: Record<string, number> = { [homeCountry]: homeShare };
  let rest = 1 - homeShare;
  if (homeCountry !== "KR") {
    const kr = rest * r.uniform(0.5, 0.8);
    countries.KR = kr;
    rest -= kr;
  }
  // the tail beyond the top countries stays unlisted, as in YouTube Analytics exports
  const others = FOREIGN_AUDIENCE.filter((c) => c !== homeCountry);
  const weights = others.map((c) => FOREIGN_AUDIENCE_WEIGHTS[FOREIGN_AUDIENCE.indexOf(c)]);
  const picked: string[] = [];
  const n = r.int(3, 5);
  while (picked.length < n) {
    const c = r.weighted(others, weights);
    if (!picked.includes(c)) picked.push(c);
  }
  let remaining = rest * r.uniform(0.75, 0.92);
  for (const c of picked) {
    const s = remaining * r.uniform(0.35, 0.6);
    countries[c] = s;
    remaining -= s;
  }
  for (const c of Object.keys(countries)) countries[c] = Math.round(countries[c] * 10_000) / 10_000;

  let regions: Record<string, number> | null = null;
  if (homeCountry === "KR" && region && r.chance(0.45)) {
    const local = ["food", "travel"].includes(primary.slug) ? 0.12 : 0;
    const raw = REGIONS.map((reg) =>
      reg.name === region ? 0 : reg.population * r.logNormal(0, 0.3),
    );
    const home = Math.min(0.8, r.uniform(0.22, 0.5) + local);
    const sumOthers = raw.reduce((a, b) => a + b, 0);
    const all = raw.map((v, i) =>
      REGION_NAMES[i] === region ? home : ((1 - home) * v) / sumOthers,
    );
    const top = all
      .map((share, i) => ({ name: REGION_NAMES[i], share }))
      .sort((a, b) => b.share - a.share)
      .slice(0, 6);
    regions = {};
    for (const t of top) regions[t.name] = Math.round(t.share * 10_000) / 10_000;
  }
  return {
    age,
    female: Math.round(female * 10_000) / 10_000,
    countries,
    regions,
    source,
    fetchedAt,
  };
}

const byKey = ([a]: [string, number], [b]: [string, number]) => (a < b ? -1 : a > b ? 1 : 0);

function audienceRows(channelId: string, a: Audience): AudienceRow[] {
  const rows: AudienceRow[] = [];
  AGE_BUCKETS.forEach((bucket, i) =>
    rows.push({
      channelId,
      dimension: "AGE",
      bucket,
      share: a.age[i],
      source: a.source,
      fetchedAt: a.fetchedAt,
    }),
  );
  const male = Math.round((1 - a.female) * 10_000) / 10_000;
  rows.push({
    channelId,
    dimension: "GENDER",
    bucket: "female",
    share: a.female,
    source: a.source,
    fetchedAt: a.fetchedAt,
  });
  rows.push({
    channelId,
    dimension: "GENDER",
    bucket: "male",
    share: male,
    source: a.source,
    fetchedAt: a.fetchedAt,
  });
  // rows in primary-key order (dimension, then bucket), which is the order COPY loads fastest
  for (const [bucket, share] of Object.entries(a.countries).sort(byKey)) {
    rows.push({
      channelId,
      dimension: "COUNTRY",
      bucket,
      share,
      source: a.source,
      fetchedAt: a.fetchedAt,
    });
  }
  if (a.regions) {
    // Analytics has no Korean regions: these are inferred from comments and location tags
    for (const [bucket, share] of Object.entries(a.regions).sort(byKey)) {
      rows.push({
        channelId,
        dimension: "REGION",
        bucket,
        share,
        source: "ESTIMATED",
        fetchedAt: a.fetchedAt,
      });
    }
  }
  return rows;
}

function drawDistrict(r: Rng, region: string): string | null {
  const options = DISTRICT_OPTIONS[region] ?? [];
  return options.length > 0 && r.chance(0.6) ? r.pick(options).key : null;
}

function fillTitle(r: Rng, template: string, home: (typeof REGIONS)[number] | undefined): string {
  const reg = home ?? r.pick(REGIONS);
  // The district draw is kept so a seed yields the same videos; titles name the region in Korean.
  if (!r.chance(0.5)) r.pick(reg.districts);
  return template.replace("{place}", regionKo(reg.name)).replace("{n}", String(r.int(2, 99)));
}

export type CreatorContext = {
  seed: string;
  now: number;
  usedHandles: Set<string>;
  usedChannelIds: Set<string>;
};

export function generateCreator(
  ctx: CreatorContext,
  index: number,
  overrides?: CreatorOverrides,
): GeneratedCreator {
  const r = Rng.fromKey(`${ctx.seed}:creator:${index}`);
  const ids = Rng.fromKey(`${ctx.seed}:creator-ids:${index}`);
  // its own stream, so that adding districts left every other draw of a seed as it was
  const places = Rng.fromKey(`${ctx.seed}:creator-district:${index}`);
  const now = ctx.now;

  const special = overrides !== undefined;
  const fakeFollowers = !special && r.chance(0.05);
  const stale = !special && r.chance(0.05);
  const hidden = !special && !fakeFollowers && r.chance(0.03);
  const abroad = !special && r.chance(0.04);
  const verified = special || r.chance(0.3);
  const hasUser = verified || r.chance(0.2);

  const categories = overrides?.categories ?? drawCategories(r);
  const homeCountry = abroad ? r.pick(ABROAD_COUNTRIES) : "KR";
  const region =
    overrides?.region ?? (abroad ? null : r.weighted(REGION_NAMES, CREATOR_REGION_WEIGHTS));

  const log10Subs = Math.min(7.4, Math.max(1.5, r.normal(3.95, 1.05)));
  const realSubscribers = overrides?.subscribers ?? Math.round(Math.pow(10, log10Subs));
  const shownSubscribers = fakeFollowers
    ? Math.round(realSubscribers * r.uniform(4, 15))
    : realSubscribers;
  const subscriberCount = hidden ? null : publicSubscriberCount(shownSubscribers);
  const tier = tierFor(subscriberCount ?? realSubscribers);

  const given = r.pick(GIVEN_NAMES);
  const surname = r.pick(SURNAMES);
  const primary = category(categories[0]);
  const suffixes = CHANNEL_SUFFIXES[primary.slug];
  const suffix = r.pick(suffixes);
  // The handle is romanised, as on YouTube; the title is Korean (lib/demo-data/korean-names.ts).
  const romanTitle = `${given} ${suffix}`;
  const koSuffix = CHANNEL_SUFFIXES_KO[primary.slug]?.[suffixes.indexOf(suffix)] ?? suffix;
  const baseTitle = overrides?.channelTitle ?? `${GIVEN_KO[given] ?? given} ${koSuffix}`;
  let handle = overrides?.handle ?? `@${romanTitle.toLowerCase().replace(/[^a-z0-9]+/g, "")}`;
  if (ctx.usedHandles.has(handle)) handle = `${handle}${index}`;
  ctx.usedHandles.add(handle);
  let externalId = `UC${ids.youtubeId(22)}`;
  while (ctx.usedChannelIds.has(externalId)) externalId = `UC${ids.youtubeId(22)}`;
  ctx.usedChannelIds.add(externalId);

  const creatorId = ids.uuid();
  const channelId = ids.uuid();
  const userId = hasUser ? ids.uuid() : null;

  const isNew = !special && r.chance(0.05);
  const createdAt = special
    ? now - 400 * DAY
    : isNew
      ? now - r.uniform(1, 28) * DAY
      : now - r.uniform(60, 1000) * DAY;
  const statsFetchedAt = now - (verified ? r.uniform(0.2, 6) * HOUR : r.uniform(6, 24 * 7) * HOUR);

  // ── videos ──
  const uploadsPer30d = Math.min(
    40,
    Math.max(0.7, r.logNormal(Math.log(tier === "MEGA" || tier === "MACRO" ? 7 : 5), 0.7)),
  );
  const meanGapDays = 30 / uploadsPer30d;
  const quality = r.logNormal(0, 0.45);
  const erQuality = r.logNormal(0, 0.3) * (fakeFollowers ? 0.75 : 1);
  const commentShare = r.uniform(0.04, 0.14);
  const shareQuality = r.logNormal(0, 0.4);
  const shortsShare = r.chance(0.4) ? 0 : r.uniform(0.1, 0.6);
  const baseViews =
    realSubscribers * viewsPerSubscriberNorm(realSubscribers) * quality * primary.reach;
  const erBase = engagementNorm(realSubscribers) * primary.engagement * erQuality;
  const boughtViews = new Set<number>();
  if (fakeFollowers) {
    const k = r.int(3, 6);
    const start = r.int(0, VIDEOS_PER_CHANNEL - k);
    for (let i = 0; i < k; i++) boughtViews.add(start + i);
  }
  const titles = VIDEO_TITLES[primary.slug];
  const home = REGIONS.find((x) => x.name === region);

  let t = stale
    ? now - r.uniform(75, 420) * DAY
    : now - Math.min(meanGapDays * 3, Math.max(0.1, r.exponential(meanGapDays * 0.7))) * DAY;
  const videos: VideoRow[] = [];
  for (let k = 0; k < VIDEOS_PER_CHANNEL; k++) {
    const publishedAt = Math.round(t);
    const isShort = shortsShare > 0 && r.chance(shortsShare);
    const ageDays = Math.max(0, (statsFetchedAt - publishedAt) / DAY);
    const ageFactor = Math.max(0.02, 1 - Math.exp(-ageDays / 3.5));
    const viral = r.chance(0.015) ? r.uniform(4, 30) : 1;
    const shortFactor = isShort ? r.logNormal(0.2, 0.6) : 1;
    let views = Math.round(baseViews * r.logNormal(0, 0.5) * shortFactor * ageFactor * viral);
    const er = erBase * r.logNormal(0, 0.25) * (isShort ? 0.7 : 1);
    const cs = commentShare * (isShort ? 0.4 : 1);
    let likes = Math.round(views * er * (1 - cs));
    const comments = Math.round(views * er * cs);
    const shares = Math.round(views * 0.004 * shareQuality * r.logNormal(0, 0.3));
    if (boughtViews.has(k)) views = Math.round(views * r.uniform(6, 20));
    likes = Math.min(likes, views);
    videos.push({
      // assigned in table order by generate.ts (time-ordered ids load faster)
      id: "",
      channelId,
      externalId: ids.youtubeId(11),
      title: fillTitle(r, r.pick(titles), home),
      publishedAt,
      durationSec: isShort
        ? r.int(12, 59)
        : Math.round(Math.min(5400, Math.max(90, r.logNormal(Math.log(600), 0.5)))),
      isShort,
      views,
      likes,
      comments: Math.min(comments, views),
      shares,
      fetchedAt: statsFetchedAt,
    });
    t -= Math.max(0.05, r.exponential(meanGapDays)) * DAY;
  }
  const agg = channelAggregates(videos);

  const oldestVideo = videos[videos.length - 1].publishedAt;
  const openedOnYouTube = Math.min(
    oldestVideo - r.uniform(1, 400) * DAY,
    now - r.uniform(200, 4000) * DAY,
  );
  const channelAgeDays = (now - openedOnYouTube) / DAY;
  const videoCount = Math.max(
    VIDEOS_PER_CHANNEL,
    Math.round((channelAgeDays / 30) * uploadsPer30d * r.uniform(0.4, 1)),
  );
  const recentViews = videos.reduce((s, v) => s + v.views, 0);
  // older videos kept collecting views after the 50 recent ones were counted
  const viewCount =
    recentViews +
    Math.round(
      recentViews * ((videoCount - VIDEOS_PER_CHANNEL) / VIDEOS_PER_CHANNEL) * r.uniform(0.8, 1.6),
    );

  // ── rate card (KRW), priced on the subscriber count the creator can show ──
  const onboardingStep: CreatorRow["onboardingStep"] =
    !hasUser || special
      ? "DONE"
      : r.weighted(["DONE", "RATE_CARD", "PROFILE"] as const, [92, 4, 4]);
  const priced = subscriberCount ?? realSubscribers;
  const ratePerVideo = Math.max(
    30_000,
    roundTo(70_000 * Math.pow(Math.max(priced, 200) / 1000, 0.72) * r.logNormal(0, 0.35), 10_000),
  );
  const visits =
    categories.some((c) =>
      ["food", "travel", "beauty", "fitness", "lifestyle", "parenting"].includes(c),
    ) && !abroad;
  const hasRates = onboardingStep === "DONE";

  // ── audience ──
  const audienceSource: DataSource = verified ? "VERIFIED" : "ESTIMATED";
  const audienceFetchedAt = now - (verified ? r.uniform(2, 72) * HOUR : r.uniform(1, 40) * DAY);
  // the smallest public-only channels have too little data for an estimate
  const audience =
    !verified && tier === "NANO" && r.chance(0.08)
      ? null
      : drawAudience(
          r,
          categories,
          subscriberCount ?? realSubscribers,
          homeCountry,
          region,
          audienceSource,
          audienceFetchedAt,
        );

  const displayName = overrides?.name ?? koreanName(given, surname);
  const user: UserRow | null = hasUser
    ? {
        id: userId!,
        email: overrides?.email ?? `${handle.slice(1)}@creators.example.com`,
        name: displayName,
        role: "CREATOR",
        lastLoginAt: now - r.exponential(12) * DAY,
        createdAt,
      }
    : null;
  if (user && user.lastLoginAt! < createdAt) user.lastLoginAt = createdAt + HOUR;

  const profileDone = onboardingStep !== "PROFILE";
  const creator: CreatorRow = {
    id: creatorId,
    userId,
    displayName,
    bio: `${categories.map((c) => categoryKo(c)).join("·")} 크리에이터${region ? ` · ${regionKo(region)}` : ""}. ${r.pick(
      [
        "필터 없는 솔직한 리뷰.",
        "매주 새 영상을 올립니다.",
        "협업 환영합니다. 단가표를 확인해 주세요.",
        "진짜 이야기, 진짜 제품.",
        "일상을 조금 더 좋게 만드는 채널.",
      ],
    )}`,
    categories: profileDone ? categories : [],
    region: profileDone ? region : null,
    // six in ten name their district too
    district: profileDone && region ? drawDistrict(places, region) : null,
    country: homeCountry,
    languages: abroad ? ["ko", "en"] : r.chance(0.15) ? ["ko", "en"] : ["ko"],
    ratePerVideo: hasRates ? ratePerVideo : null,
    ratePerShort: hasRates ? roundTo(ratePerVideo * r.uniform(0.35, 0.55), 10_000) : null,
    ratePerVisit: hasRates && visits ? roundTo(ratePerVideo * r.uniform(0.5, 0.8), 10_000) : null,
    onboardingStep,
    createdAt,
  };
  const channel: ChannelRow = {
    id: channelId,
    creatorId,
    externalId,
    handle,
    title: baseTitle,
    url: `https://www.youtube.com/channel/${externalId}`,
    country: homeCountry,
    subscriberCount,
    subscribersHidden: hidden,
    viewCount,
    videoCount,
    tier,
    engagementRate: agg.engagementRate,
    medianViews: agg.medianViews,
    lastVideoAt: agg.lastVideoAt,
    statsSource: audienceSource,
    statsFetchedAt,
    // the row is created when the creator connects the channel or an import finds it
    createdAt,
  };
  return {
    index,
    creator,
    channel,
    user,
    agg,
    audience,
    growthPerYear: Math.min(3, Math.max(-0.1, r.logNormal(Math.log(0.25), 0.6) - 0.05)),
    truth: { realSubscribers, fakeFollowers, stale, hidden },
    videos,
    audienceRows: audience ? audienceRows(channelId, audience) : [],
  };
}
