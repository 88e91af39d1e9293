// Every vocabulary of the product, written once. The database (Prisma enums), the JSON
// API and the forms spell values in upper case; the engine, roster files and CLI
// campaign files in lower case. The lower-case lists are derived here, never retyped,
// and `satisfies` ties the upper-case ones to the schema's enums.
import type {
  CampaignStatus as DbCampaignStatus,
  CampaignType as DbCampaignType,
  DataSource as DbDataSource,
  Platform as DbPlatform,
  Tier as DbTier,
} from "./db/generated/enums.ts";

export const PLATFORMS = [
  "YOUTUBE",
  "INSTAGRAM",
  "TIKTOK",
] as const satisfies readonly DbPlatform[];
export type Platform = (typeof PLATFORMS)[number];

// Subscriber tiers: nano < 1K, micro 1K-10K, mid 10K-100K, macro 100K-1M, mega > 1M
// (tierOf in lib/matching/engine/norms.ts).
export const TIERS = ["NANO", "MICRO", "MID", "MACRO", "MEGA"] as const satisfies readonly DbTier[];
export type Tier = (typeof TIERS)[number];

// Keyed by string so that pages can look up a value read from the database as text.
export const TIER_LABEL: Record<string, string> = {
  NANO: "Nano",
  MICRO: "Micro",
  MID: "Mid",
  MACRO: "Macro",
  MEGA: "Mega",
} satisfies Record<Tier, string>;

export const CAMPAIGN_TYPES = [
  "SPONSORED_VIDEO",
  "PRODUCT_REVIEW",
  "GIFTING",
  "STORE_VISIT",
  "AFFILIATE",
] as const satisfies readonly DbCampaignType[];
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const CAMPAIGN_STATUSES = [
  "DRAFT",
  "ACTIVE",
  "PAUSED",
  "COMPLETED",
] as const satisfies readonly DbCampaignStatus[];
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

// Where a number came from: VERIFIED only for data the app fetched itself through the
// creator's own platform analytics; everything else (public statistics, rosters) is
// ESTIMATED.
export const DATA_SOURCES = ["VERIFIED", "ESTIMATED"] as const satisfies readonly DbDataSource[];
export type DataSource = (typeof DATA_SOURCES)[number];

// YouTube Analytics' own ageGroup buckets, in the fixed order of every age vector.
export const AGE_BUCKETS = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

// Gender vectors are [female, male]; "user_specified" is dropped and the rest renormalised.
export const GENDERS = ["female", "male"] as const;
export type Gender = (typeof GENDERS)[number];

type Slugs<T extends readonly string[]> = { readonly [K in keyof T]: Lowercase<T[K] & string> };

/** "SPONSORED_VIDEO" -> "sponsored_video": the engine's spelling of a database value. */
export const toSlug = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;
/** "sponsored_video" -> "SPONSORED_VIDEO": the database's spelling of an engine value. */
export const toDbSpelling = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

const slugs = <const T extends readonly string[]>(values: T) =>
  values.map((v) => v.toLowerCase()) as unknown as Slugs<T>;

export const PLATFORM_SLUGS = slugs(PLATFORMS);
export type PlatformSlug = Lowercase<Platform>;
export const TIER_SLUGS = slugs(TIERS);
export type TierSlug = Lowercase<Tier>;
export const CAMPAIGN_TYPE_SLUGS = slugs(CAMPAIGN_TYPES);
export type CampaignTypeSlug = Lowercase<CampaignType>;
export type DataSourceSlug = Lowercase<DataSource>;
