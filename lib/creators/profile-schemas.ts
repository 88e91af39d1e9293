// What a creator may write about themself in onboarding: one schema per form, used by
// the server actions, the forms and the tests.
import { z } from "zod";
import { CATEGORIES, MAX_CATEGORIES } from "../matching/engine/taxonomy.ts";
import { isDistrictKey, KR_REGIONS } from "../matching/engine/regions.ts";

export const LANGUAGES = ["ko", "en", "ja", "zh", "vi", "th", "id", "es"] as const;
export const ProfileSchema = z
  .strictObject({
    categories: z
      .array(z.enum(CATEGORIES))
      .min(1, "Choose at least one category")
      .max(MAX_CATEGORIES, `At most ${MAX_CATEGORIES} categories: the first counts most`),
    region: z.enum(KR_REGIONS, { message: "Choose your home region" }),
    // a district key of region ("Seoul:마포구"); null: not given
    district: z.string().max(40).nullable().default(null),
    languages: z
      .array(z.enum(LANGUAGES))
      .min(1, "Choose at least one language")
      .max(LANGUAGES.length),
  })
  .refine((p) => p.district === null || isDistrictKey(p.district, p.region), {
    path: ["district"],
    message: "Choose a district of your home region",
  });
export type ProfileInput = z.infer<typeof ProfileSchema>;

// Whole won (KRW has no minor unit), the same bound as a campaign budget.
const rate = z
  .number()
  .int("Whole won only")
  .min(0, "Not below 0")
  .max(100_000_000_000, "At most ₩100,000,000,000")
  .nullable();

export const RateCardSchema = z.strictObject({
  perVideo: rate,
  perShort: rate,
  perPost: rate,
  perVisit: rate,
});
export type RateCardInput = z.infer<typeof RateCardSchema>;

/** Typed figures of an Instagram or TikTok account: shown to brands as "estimated". */
export const EstimatedChannelSchema = z.strictObject({
  platform: z.enum(["INSTAGRAM", "TIKTOK"]),
  handle: z
    .string()
    .trim()
    .min(1, "Enter your handle")
    .max(60)
    .regex(/^@?[\w.]+$/, "Letters, digits, dots and underscores only"),
  followers: z.number().int().min(0).max(1_000_000_000),
  typicalViews: z.number().int().min(0).max(1_000_000_000),
  engagementPercent: z.number().min(0).max(100).nullable(),
});
export type EstimatedChannelInput = z.infer<typeof EstimatedChannelSchema>;
