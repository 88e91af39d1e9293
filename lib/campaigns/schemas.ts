// One zod schema per resource, shared by the route handlers, server actions, forms and
// tests. Parsing is strict: unknown keys, impossible dates, arrays where a scalar belongs
// and amounts beyond what the business allows are refused with field messages, never
// coerced into something the caller did not send. The limits stand in CAMPAIGN_LIMITS,
// which the README's API section repeats.
import { z } from "zod";
import { queryInt } from "../api/query-params.ts";
import { SUPPORTED_CURRENCIES } from "../money.ts";
import {
  AGE_BUCKETS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  GENDERS,
  PLATFORMS,
  TIERS,
} from "../vocabulary.ts";

export { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, PLATFORMS, TIERS };

export const CAMPAIGN_LIMITS = {
  titleLength: [3, 120],
  productNameLength: 120,
  productUrlLength: 2048,
  descriptionLength: 5000,
  categoryLength: [2, 40],
  /** A budget or rate, in minor units of the currency (₩100 billion; $1 billion). */
  maxAmount: 100_000_000_000,
  countries: 50,
  regions: 30,
  interests: 30,
  filterCategories: 20,
  filterRegions: 30,
  excludedCreators: 1000,
  nameLength: 40,
  maxSubscribers: 2_000_000_000,
  /** Dates a campaign may start or end on. */
  earliestDate: "2000-01-01",
  latestDate: "2099-12-31",
} as const;

const L = CAMPAIGN_LIMITS;

// Postgres text and jsonb cannot hold NUL: refuse it here rather than fail in the database.
const noNul = (s: string) => !s.includes("\u0000");
const text = (min: number, max: number) =>
  z.string().trim().min(min).max(max).refine(noNul, "Must not contain NUL characters");

/** A list of distinct values, at most `max` of them. */
const distinctList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `At most ${max} entries`)
    .refine((xs) => new Set(xs).size === xs.length, "Entries must be distinct");

const name = text(1, L.nameLength);
const amount = z
  .number()
  .int("Use whole minor units (KRW has no decimals)")
  .positive()
  .max(L.maxAmount, `At most ${L.maxAmount.toLocaleString("en")} minor units`);

const weight = z.number().min(0).max(1);

export const MatchingWeightsSchema = z
  .strictObject({
    audienceOverlap: weight,
    categoryMatch: weight,
    performancePrediction: weight,
    budgetFit: weight,
  })
  .refine((w) => w.audienceOverlap + w.categoryMatch + w.performancePrediction + w.budgetFit > 0, {
    message: "At least one weight must be above 0",
  });

export const MatchingFiltersSchema = z
  .strictObject({
    tiers: distinctList(z.enum(TIERS), TIERS.length).optional(),
    regions: distinctList(name, L.filterRegions).optional(),
    categories: distinctList(name, L.filterCategories).optional(),
    maxRatePerVideo: amount.optional(),
    minSubscribers: z.number().int().nonnegative().max(L.maxSubscribers).optional(),
    maxSubscribers: z.number().int().positive().max(L.maxSubscribers).optional(),
    excludeCreatorIds: distinctList(z.uuid(), L.excludedCreators).optional(),
  })
  .refine((f) => !f.minSubscribers || !f.maxSubscribers || f.minSubscribers <= f.maxSubscribers, {
    message: "The minimum must not be above the maximum",
    path: ["maxSubscribers"],
  });

const targetAudienceFields = {
  ageRanges: distinctList(z.enum(AGE_BUCKETS), AGE_BUCKETS.length),
  genders: distinctList(z.enum(GENDERS), GENDERS.length),
  countries: distinctList(
    z.string().regex(/^[A-Z]{2}$/, "Use ISO 3166-1 alpha-2 codes, e.g. KR"),
    L.countries,
  ),
  regions: distinctList(name, L.regions).describe(
    "Korean regions (Seoul, 부산) or districts (서울 마포구, Haeundae-gu, Busan): a district narrows its region to creators based there first",
  ),
  interests: distinctList(name, L.interests),
};

export const TargetAudienceSchema = z.strictObject({
  ageRanges: targetAudienceFields.ageRanges.default([]),
  genders: targetAudienceFields.genders.default([]),
  countries: targetAudienceFields.countries.default([]),
  regions: targetAudienceFields.regions.default([]),
  interests: targetAudienceFields.interests.default([]),
});
const EMPTY_AUDIENCE = { ageRanges: [], genders: [], countries: [], regions: [], interests: [] };

/**
 * A calendar date ("2027-01-31", read as midnight UTC) or an ISO date-time with an
 * offset. Impossible dates (2027-02-30) are refused, not rolled over.
 */
const isoDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true })], {
    error: "Use an ISO 8601 date (2027-01-31) or date-time with an offset",
  })
  .transform((s) => new Date(s.length === 10 ? `${s}T00:00:00Z` : s))
  .refine(
    (d) =>
      d >= new Date(`${L.earliestDate}T00:00:00Z`) && d <= new Date(`${L.latestDate}T23:59:59Z`),
    `Use a date between ${L.earliestDate} and ${L.latestDate}`,
  );

const productUrl = z
  .string()
  .max(L.productUrlLength)
  .refine(noNul, "Must not contain NUL characters")
  .pipe(z.url({ protocol: /^https?$/, error: "Use an http(s) address" }));

// The fields of a campaign without defaults: the update schema must not invent values
// for fields a PATCH did not name.
const fields = {
  title: text(L.titleLength[0], L.titleLength[1]),
  productName: text(0, L.productNameLength),
  productUrl,
  description: text(0, L.descriptionLength),
  category: text(L.categoryLength[0], L.categoryLength[1]),
  type: z.enum(CAMPAIGN_TYPES),
  platforms: distinctList(z.enum(PLATFORMS), PLATFORMS.length).min(1, "Choose a platform"),
  budget: amount,
  currency: z.enum(SUPPORTED_CURRENCIES, {
    error: `Use one of the supported ISO 4217 codes: ${SUPPORTED_CURRENCIES.join(", ")}`,
  }),
  startsAt: isoDate,
  endsAt: isoDate,
  matchingWeights: MatchingWeightsSchema,
  matchingFilters: MatchingFiltersSchema,
};

const endsAfterStart = (c: { startsAt?: Date | null; endsAt?: Date | null }) =>
  !c.startsAt || !c.endsAt || c.endsAt >= c.startsAt;
const endsAfterStartIssue = {
  message: "The end date must be on or after the start date",
  path: ["endsAt"],
};

export const CreateCampaignSchema = z
  .strictObject({
    brandId: z.uuid().optional(),
    title: fields.title,
    productName: fields.productName.optional(),
    productUrl: fields.productUrl.optional(),
    description: fields.description.optional(),
    category: fields.category,
    type: fields.type.default("SPONSORED_VIDEO"),
    platforms: fields.platforms.default(["YOUTUBE"]),
    budget: fields.budget,
    currency: fields.currency.default("KRW"),
    startsAt: fields.startsAt.optional(),
    endsAt: fields.endsAt.optional(),
    targetAudience: TargetAudienceSchema.default(EMPTY_AUDIENCE),
    matchingWeights: fields.matchingWeights.optional(),
    matchingFilters: fields.matchingFilters.optional(),
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type CreateCampaignInput = z.infer<typeof CreateCampaignSchema>;

/**
 * A PATCH names exactly the fields it changes (JSON merge patch): absent = unchanged,
 * null = cleared (optional fields only). Inside `targetAudience` each list is replaced
 * on its own. `version`, when sent, must equal the stored one (else 409). Status moves
 * go through the same guarded statement as the status action.
 */
export const UpdateCampaignSchema = z
  .strictObject({
    title: fields.title.optional(),
    productName: fields.productName.nullable().optional(),
    productUrl: fields.productUrl.nullable().optional(),
    description: fields.description.nullable().optional(),
    category: fields.category.optional(),
    type: fields.type.optional(),
    platforms: fields.platforms.optional(),
    budget: fields.budget.optional(),
    currency: fields.currency.optional(),
    startsAt: fields.startsAt.nullable().optional(),
    endsAt: fields.endsAt.nullable().optional(),
    targetAudience: z.strictObject(targetAudienceFields).partial().optional(),
    matchingWeights: fields.matchingWeights.nullable().optional(),
    matchingFilters: fields.matchingFilters.nullable().optional(),
    status: z.enum(CAMPAIGN_STATUSES).optional(),
    version: z.number().int().positive().max(2_147_483_647).optional(),
  })
  .refine((c) => Object.keys(c).some((k) => k !== "version"), {
    message: "Name at least one field to change",
  })
  .refine(endsAfterStart, endsAfterStartIssue);
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignSchema>;

export const ListCampaignsQuerySchema = z.strictObject({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  limit: queryInt(1, 100).default(20),
  cursor: z.string().max(200).optional(),
});

// ── Answers (the OpenAPI document publishes these; apiRoute checks every answer against
// them outside production, so they cannot drift from what the routes send) ──

export const CampaignSchema = z
  .object({
    id: z.uuid(),
    brandId: z.uuid(),
    title: z.string().max(L.titleLength[1]),
    productName: z.string().max(L.productNameLength).nullable(),
    productUrl: z.string().max(L.productUrlLength).nullable(),
    description: z.string().max(L.descriptionLength).nullable(),
    category: z.string().max(L.categoryLength[1]),
    type: z.enum(CAMPAIGN_TYPES),
    status: z.enum(CAMPAIGN_STATUSES),
    platforms: z.array(z.enum(PLATFORMS)).max(PLATFORMS.length),
    budget: z.number().int().describe("minor units of `currency` (KRW has none: 1 = ₩1)"),
    currency: z.string().length(3),
    startsAt: z.iso.datetime().nullable(),
    endsAt: z.iso.datetime().nullable(),
    targetAudience: z.object({
      ageRanges: z.array(z.string().max(L.nameLength)).max(AGE_BUCKETS.length),
      genders: z.array(z.string().max(L.nameLength)).max(GENDERS.length),
      countries: z.array(z.string().max(2)).max(L.countries),
      regions: z.array(z.string().max(L.nameLength)).max(L.regions),
      interests: z.array(z.string().max(L.nameLength)).max(L.interests),
    }),
    matchingWeights: z.record(z.string().max(L.nameLength), z.number()).nullable(),
    matchingFilters: z.record(z.string().max(L.nameLength), z.unknown()).nullable(),
    version: z.number().int().describe("send it back in a PATCH to detect concurrent writes"),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "Campaign" });

export const CampaignResponseSchema = z.object({ campaign: CampaignSchema });

/** The most status moves a history shows: the newest ones, when a campaign has more. */
export const STATUS_HISTORY_MAX = 500;
/** How much of a name (or e-mail address) the history shows for who moved it. */
export const ACTOR_NAME_MAX = 320;

export const CampaignStatusHistorySchema = z.object({
  items: z
    .array(
      z.object({
        id: z.uuid(),
        from: z.enum(CAMPAIGN_STATUSES).nullable().describe("null on the row of its creation"),
        to: z.enum(CAMPAIGN_STATUSES),
        at: z.iso.datetime(),
        by: z
          .string()
          .max(ACTOR_NAME_MAX)
          .nullable()
          .describe("who moved it (name, else e-mail); null when their account is gone"),
      }),
    )
    .max(STATUS_HISTORY_MAX)
    .describe(
      `oldest first: created as a draft, then each move (the newest ${STATUS_HISTORY_MAX} when there are more)`,
    ),
});

export const CampaignPageSchema = z.object({
  campaigns: z.array(CampaignSchema).max(100),
  nextCursor: z
    .string()
    .max(200)
    .nullable()
    .describe("pass as `cursor` for the next page; null on the last"),
});
