// The whole demo data set as plain rows, without a database: deterministic for a
// given seed and anchor time, so tests can regenerate it and check what was seeded.
import { DEMO_ACCOUNTS } from "./accounts.ts";
import { generateBrands } from "./generate-brands.ts";
import { generateCampaigns } from "./generate-campaigns.ts";
import {
  generateCreator,
  type CreatorContext,
  type CreatorProfile,
  type GeneratedCreator,
} from "./generate-creators.ts";
import { generateMatches } from "./generate-matches.ts";
import { Rng } from "../random/seeded-random.ts";
import type {
  AudienceRow,
  BrandMemberRow,
  BrandRow,
  CampaignRow,
  ChannelRow,
  CreatorRow,
  MatchRow,
  MessageRow,
  OfferRow,
  OutcomeRow,
  StatusChangeRow,
  UserRow,
  VideoRow,
} from "./types.ts";

const DAY = 86_400_000;
export const DEFAULT_SEED = "creator-match-demo-v1";
export const DEFAULT_CREATORS = 5000;

export type DemoDataOptions = {
  seed?: string;
  /** Anchor of every relative date; defaults to the start of today (UTC). */
  now?: Date;
  creators?: number;
};

export type DemoData = {
  now: number;
  users: UserRow[];
  brands: BrandRow[];
  brandMembers: BrandMemberRow[];
  creators: CreatorRow[];
  channels: ChannelRow[];
  videos: VideoRow[];
  audience: AudienceRow[];
  campaigns: CampaignRow[];
  matches: MatchRow[];
  history: StatusChangeRow[];
  messages: MessageRow[];
  offers: OfferRow[];
  outcomes: OutcomeRow[];
  /** per creator: aggregates and the hidden truth (fake followers, stale, hidden count) */
  profiles: CreatorProfile[];
};

/** Start of the current UTC day: stable within a day, so a re-seed the same day is identical. */
export function defaultAnchor(): Date {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function generateDemoData(options: DemoDataOptions = {}): DemoData {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = (options.now ?? defaultAnchor()).getTime();
  const creatorCount = options.creators ?? DEFAULT_CREATORS;

  const brands = generateBrands(seed, now);
  const ctx: CreatorContext = { seed, now, usedHandles: new Set(), usedChannelIds: new Set() };
  const creators = Array.from({ length: creatorCount }, (_, i) =>
    generateCreator(
      ctx,
      i,
      i === 0
        ? {
            email: DEMO_ACCOUNTS.creator.email,
            name: DEMO_ACCOUNTS.creator.name,
            categories: ["beauty", "lifestyle"],
            region: "Seoul",
            subscribers: 48_700,
            channelTitle: "하늘 글로우 로그",
            handle: "@haneulglowlog",
          }
        : undefined,
    ),
  );

  const admins: UserRow[] = [
    {
      id: "",
      email: DEMO_ACCOUNTS.admin.email,
      name: DEMO_ACCOUNTS.admin.name,
      role: "ADMIN",
      lastLoginAt: now - 0.3 * DAY,
      createdAt: now - 700 * DAY,
    },
    {
      id: "",
      email: "ops@demo.creatormatch.kr",
      name: "최유나 (운영팀)",
      role: "ADMIN",
      lastLoginAt: now - 2 * DAY,
      createdAt: now - 500 * DAY,
    },
  ];
  admins.forEach((a, i) => (a.id = Rng.fromKey(`${seed}:admin:${i}`).uuid()));
  const adminIds = admins.map((a) => a.id);

  const campaigns = generateCampaigns(seed, now, brands);
  const matches = generateMatches(seed, now, campaigns, brands, creators, adminIds);

  return {
    now,
    users: [
      ...admins,
      ...brands.flatMap((b) => [b.owner, ...b.members]),
      ...creators.flatMap((c) => (c.user ? [c.user] : [])),
    ],
    brands: brands.map((b) => b.brand),
    brandMembers: brands.flatMap((b) => b.memberships),
    creators: creators.map((c) => c.creator),
    channels: creators.map((c) => c.channel),
    ...inLoadOrder(seed, now, creators),
    campaigns,
    ...matches,
    profiles: creators.map(({ videos: _v, audienceRows: _a, ...profile }) => profile),
  };
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Videos and audience rows in the order of their indexes: by channel id, videos newest
 * first, video ids time-ordered in that same order. COPY then appends to every b-tree
 * instead of inserting at random places, which makes the largest table load ~25% faster.
 */
function inLoadOrder(
  seed: string,
  now: number,
  creators: GeneratedCreator[],
): { videos: VideoRow[]; audience: AudienceRow[] } {
  const sorted = [...creators].sort((a, b) => byText(a.channel.id, b.channel.id));
  const videos = sorted.flatMap((c) => c.videos);
  const ids = Rng.fromKey(`${seed}:video-ids`);
  // ids "minted" in the seconds before the anchor, one millisecond apart
  const first = now - videos.length;
  videos.forEach((v, i) => (v.id = ids.uuidV7(first + i)));
  // audience rows come out of the generator already in (dimension, bucket) order
  const audience = sorted.flatMap((c) => c.audienceRows);
  return { videos, audience };
}
