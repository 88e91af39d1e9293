// One zod schema per resource, shared by the route handlers, server actions and tests.
import { z } from "zod";
import {
  AGE_BUCKETS,
  CAMPAIGN_STATUSES,
  CAMPAIGN_TYPES,
  GENDERS,
  PLATFORMS,
  TIERS,
} from "../vocabulary.ts";

export { CAMPAIGN_STATUSES, CAMPAIGN_TYPES, PLATFORMS, TIERS };

const weight = z.number().min(0).max(1);

// Postgres text and jsonb cannot hold NUL: refuse it here rather than fail in the database.
const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((s) => !s.includes("\u0000"), "Must not contain NUL characters");

export const MatchingWeightsSchema = z
  .object({
    audienceOverlap: weight,
    categoryMatch: weight,
    performancePrediction: weight,
    budgetFit: weight,
  })
  .refine((w) => w.audienceOverlap + w.categoryMatch + w.performancePrediction + w.budgetFit > 0, {
    message: "At least one weight must be above 0",
  });

export const MatchingFiltersSchema = z.object({
  tiers: z.array(z.enum(TIERS)).optional(),
  regions: z.array(text(1, 40)).optional(),
  categories: z.array(text(1, 40)).optional(),
  maxRatePerVideo: z.number().int().positive().optional(),
  minSubscribers: z.number().int().nonnegative().optional(),
  maxSubscribers: z.number().int().positive().optional(),
  excludeCreatorIds: z.array(z.string().uuid()).max(1000).optional(),
});

export const TargetAudienceSchema = z.object({
  ageRanges: z.array(z.enum(AGE_BUCKETS)).default([]),
  genders: z.array(z.enum(GENDERS)).default([]),
  countries: z
    .array(z.string().regex(/^[A-Z]{2}$/, "Use ISO 3166-1 alpha-2 codes, e.g. KR"))
    .default([]),
  regions: z.array(text(1, 40)).default([]),
  interests: z.array(text(1, 40)).default([]),
});

// Within what Postgres timestamptz and any real campaign can hold.
const isoDate = z.coerce
  .date()
  .min(new Date("2000-01-01T00:00:00Z"), "Too far in the past")
  .max(new Date("2100-01-01T00:00:00Z"), "Too far in the future");

const CampaignFields = z.object({
  brandId: z.string().uuid().optional(),
  title: text(3, 120),
  productName: text(0, 120).optional(),
  productUrl: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), "Use an http(s) address")
    .optional(),
  description: text(0, 5000).optional(),
  category: text(2, 40),
  type: z.enum(CAMPAIGN_TYPES).default("SPONSORED_VIDEO"),
  platforms: z.array(z.enum(PLATFORMS)).min(1).default(["YOUTUBE"]),
  // minor units of `currency` (KRW: won)
  budget: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "Use an ISO 4217 code, e.g. KRW")
    .default("KRW"),
  startsAt: isoDate.optional(),
  endsAt: isoDate.optional(),
  targetAudience: TargetAudienceSchema.default({
    ageRanges: [],
    genders: [],
    countries: [],
    regions: [],
    interests: [],
  }),
  matchingWeights: MatchingWeightsSchema.optional(),
  matchingFilters: MatchingFiltersSchema.optional(),
});

const endsAfterStart = (c: { startsAt?: Date; endsAt?: Date }) =>
  !c.startsAt || !c.endsAt || c.endsAt >= c.startsAt;
const endsAfterStartIssue = {
  message: "The end date must be on or after the start date",
  path: ["endsAt"],
};

export const CreateCampaignSchema = CampaignFields.refine(endsAfterStart, endsAfterStartIssue);
export type CreateCampaignInput = z.infer<typeof CreateCampaignSchema>;

export const UpdateCampaignSchema = CampaignFields.omit({ brandId: true })
  .partial()
  .extend({ status: z.enum(CAMPAIGN_STATUSES).optional() })
  .refine((c) => Object.keys(c).length > 0, { message: "Nothing to update" })
  .refine(endsAfterStart, endsAfterStartIssue);
export type UpdateCampaignInput = z.infer<typeof UpdateCampaignSchema>;

export const ListCampaignsQuerySchema = z.object({
  status: z.enum(CAMPAIGN_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().uuid().optional(),
});
