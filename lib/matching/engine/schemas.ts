// zod schemas for the two file formats of issue 3 (a roster line and a campaign),
// shared by the CLI, the roster import and the API. Lenient where real exports vary
// (numbers as strings, ids as numbers, "Female", "age18-24"), strict where a wrong
// value would silently change a ranking (negative views, unknown platform).
import { z } from "zod";
import { parseAgeRange, parseGender } from "./audience.ts";
import { currencyCode, isKnownCurrency, parseMoneyText } from "../../money.ts";
import {
  CAMPAIGN_TYPE_SLUGS,
  PLATFORM_SLUGS,
  TIER_SLUGS,
  type AgeBucket,
  type CampaignSpec,
  type CreatorRecord,
  type Gender,
} from "./types.ts";

/**
 * Bounds on what one roster line or campaign file may hold: far above any real export,
 * low enough that one hostile line cannot take the CLI, the import or the API down.
 */
export const ROSTER_LIMITS = {
  idLength: 200,
  nameLength: 200,
  textLength: 60,
  categories: 20,
  videos: 1000,
  shareKeys: 300,
  campaignList: 200,
  excludedCreators: 10_000,
  /** A campaign budget in minor units of its currency: the API's bound (₩100 billion). */
  maxBudget: 100_000_000_000,
  /** The widest "within N km of the store" filter: beyond it, filter by region. */
  maxWithinKm: 200,
} as const;
const R = ROSTER_LIMITS;
const shortText = () => z.string().max(R.textLength);

// "12345", " 12345 " and "12,345" (thousands grouped as exports write them) are numbers.
const numericString = (v: unknown) => {
  if (typeof v !== "string") return v;
  const t = v.trim();
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, "") : t;
  return plain !== "" && Number.isFinite(Number(plain)) ? Number(plain) : v;
};

const count = z.preprocess(numericString, z.number().finite().nonnegative());
const optionalCount = z.preprocess(numericString, z.number().finite().nonnegative().nullish());
const lowerEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, "_")
        : v,
    z.enum(values),
  );
const asList = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const shareMap = z
  .record(shortText(), z.preprocess(numericString, z.number().finite().nonnegative()))
  .refine((m) => Object.keys(m).length <= R.shareKeys, `at most ${R.shareKeys} entries`);

export const PlatformSchema = lowerEnum(PLATFORM_SLUGS);
export const TierSchema = lowerEnum(TIER_SLUGS);
export const CampaignTypeSchema = lowerEnum(CAMPAIGN_TYPE_SLUGS);

export const VideoSchema = z.object({
  publishedAt: z
    .string()
    .max(40)
    .refine((s) => Number.isFinite(Date.parse(s)), { message: "not a date-time" }),
  views: count,
  likes: optionalCount,
  comments: optionalCount,
  shares: optionalCount,
});

// A rate written as people write money ("₩500,000", "50만원", "US$ 1,200"): the amount
// in the currency's minor unit, and the currency it names when the line names none.
// A line whose rate names one currency and whose `currency` says another is refused:
// which one the roster meant cannot be known.
function rateWithCurrency(raw: unknown, ctx: z.RefinementCtx): unknown {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const line = raw as Record<string, unknown>;
  const rate = line.ratePerVideo;
  if (typeof rate !== "string" || rate.length > R.textLength) return raw;
  if (typeof numericString(rate) === "number") return raw;
  const money = parseMoneyText(rate);
  if (!money || money.currency === null) return raw;
  // a currency that is not text is the schema's to refuse, not this to replace
  if (line.currency != null && typeof line.currency !== "string") return raw;
  const stated =
    typeof line.currency === "string" && line.currency.trim() !== ""
      ? currencyCode(line.currency)
      : null;
  if (stated !== null && stated !== money.currency) {
    ctx.addIssue({
      code: "custom",
      path: ["ratePerVideo"],
      message: `"${rate}" is in ${money.currency} but currency says ${stated}`,
    });
    return raw;
  }
  return { ...line, ratePerVideo: money.amount, currency: money.currency };
}

const CreatorRecordObject = z.object({
  id: z
    .union([z.string().trim().min(1).max(R.idLength), z.number().finite()])
    .transform((v) => String(v)),
  platform: PlatformSchema,
  channelName: z.string().max(R.nameLength).default(""),
  subscribers: optionalCount,
  categories: z.preprocess(asList, z.array(shortText()).max(R.categories)),
  region: shortText().nullish(),
  country: shortText().nullish(),
  ratePerVideo: optionalCount,
  worksForFree: z.boolean().optional(),
  currency: z
    .preprocess((v) => (typeof v === "string" ? currencyCode(v) : v), z.string().length(3))
    .optional(),
  videos: z
    .array(VideoSchema)
    .max(R.videos, `at most ${R.videos} videos per line (the engine reads the newest 50)`)
    .nullish()
    .transform((v) => v ?? []),
  audience: z
    .object({
      age: shareMap.nullish().transform((v) => v ?? undefined),
      gender: shareMap.nullish().transform((v) => v ?? undefined),
      countries: shareMap.nullish().transform((v) => v ?? undefined),
      regions: shareMap.nullish().transform((v) => v ?? undefined),
    })
    .nullish(),
  audienceSource: lowerEnum(["verified", "estimated"] as const).optional(),
});
export const CreatorRecordSchema = z.preprocess(rateWithCurrency, CreatorRecordObject);

// The parsed line keeps the roster's id as it was written (string or number) so that
// output can echo it back unchanged.
export function parseCreatorRecord(
  raw: unknown,
): { ok: true; record: CreatorRecord; rawId: string | number } | { ok: false; error: string } {
  const r = CreatorRecordSchema.safeParse(raw);
  if (!r.success) return { ok: false, error: formatIssues(r.error) };
  const rawId = (raw as { id: string | number }).id;
  return { ok: true, record: r.data as CreatorRecord, rawId };
}

const ageRange = z
  .string()
  .max(R.textLength)
  .transform((s, ctx): AgeBucket[] => {
    const buckets = parseAgeRange(s);
    if (!buckets) {
      ctx.addIssue({
        code: "custom",
        message: `unknown age range "${s}" (use 13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+ or a range like 18-34)`,
      });
      return [];
    }
    return buckets;
  });

const gender = z
  .string()
  .max(R.textLength)
  .transform((s, ctx): Gender | "any" => {
    const g = parseGender(s);
    if (!g) {
      ctx.addIssue({ code: "custom", message: `unknown gender "${s}" (use female or male)` });
      return "any";
    }
    return g;
  });

const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "use a two-letter ISO 3166 country code such as KR");

export const WeightsSchema = z
  .object({
    audienceOverlap: z.number().finite().nonnegative(),
    categoryMatch: z.number().finite().nonnegative(),
    performancePrediction: z.number().finite().nonnegative(),
    budgetFit: z.number().finite().nonnegative(),
  })
  .partial()
  .refine(
    (w) =>
      Object.values(w).every((v) => v === undefined) || Object.values(w).some((v) => (v ?? 0) > 0),
    {
      message: "at least one weight must be above 0",
    },
  );

export const FiltersSchema = z
  .object({
    platforms: z.array(PlatformSchema).max(R.campaignList),
    tiers: z.array(TierSchema).max(R.campaignList),
    regions: z.array(shortText().trim().min(1)).max(R.campaignList),
    categories: z.array(shortText().trim().min(1)).max(R.campaignList),
    maxRatePerVideo: z.number().finite().nonnegative(),
    minSubscribers: z.number().finite().nonnegative(),
    maxSubscribers: z.number().finite().nonnegative(),
    excludeCreatorIds: z
      .array(z.union([z.string().max(R.idLength), z.number()]).transform((v) => String(v)))
      .max(R.excludedCreators),
    includeCreatorIds: z
      .array(z.union([z.string().max(R.idLength), z.number()]).transform((v) => String(v)))
      .max(R.excludedCreators),
    minScore: z.number().finite().min(0).max(100),
    verifiedOnly: z.boolean(),
    withinKm: z.number().finite().min(1).max(R.maxWithinKm),
  })
  .partial();

const singleOrList = <T extends z.ZodType>(item: T) =>
  z.preprocess(asList, z.array(item).max(R.campaignList));

const CampaignSpecObject = z.object({
  title: z.string().max(R.nameLength).default(""),
  category: shortText().trim().min(1, "a campaign category is required"),
  platforms: singleOrList(PlatformSchema),
  budget: z.preprocess(
    numericString,
    z
      .number()
      .finite()
      .positive("the budget must be above 0")
      .max(R.maxBudget, `at most ${R.maxBudget.toLocaleString("en")} (minor units, as the API)`),
  ),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isKnownCurrency, "unknown currency (use KRW, USD, EUR, JPY, ...)")
    .default("KRW"),
  targetAudience: z
    .object({
      ageRanges: singleOrList(ageRange),
      genders: singleOrList(gender),
      countries: singleOrList(countryCode),
      regions: singleOrList(shortText().trim().min(1)),
    })
    .partial()
    .default({}),
  type: CampaignTypeSchema.optional(),
  weights: WeightsSchema.optional(),
  filters: FiltersSchema.optional(),
});

export const CampaignSpecSchema = CampaignSpecObject.transform((c): CampaignSpec => {
  const ages = new Set((c.targetAudience.ageRanges ?? []).flat());
  const genders = new Set(c.targetAudience.genders ?? []);
  return {
    title: c.title,
    category: c.category,
    platforms: [...new Set(c.platforms)],
    budget: c.budget,
    currency: c.currency,
    targetAudience: {
      ageRanges: [...ages],
      // "any" or both genders mean no gender target
      genders: genders.has("any") ? [] : ([...genders] as Gender[]),
      countries: [...new Set(c.targetAudience.countries ?? [])],
      regions: [...new Set(c.targetAudience.regions ?? [])],
    },
    ...(c.type ? { type: c.type } : {}),
    ...(c.weights ? { weights: c.weights } : {}),
    ...(c.filters ? { filters: c.filters } : {}),
  };
});

export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length > 0 ? i.path.join(".") : "(root)"}: ${i.message}`)
    .join("; ");
}

export function parseCampaignSpec(
  raw: unknown,
): { ok: true; campaign: CampaignSpec } | { ok: false; error: string } {
  const r = CampaignSpecSchema.safeParse(raw);
  return r.success ? { ok: true, campaign: r.data } : { ok: false, error: formatIssues(r.error) };
}

// ── Keys a file may hold: a misspelt one ("gender", "followers") is dropped by the
// schemas above, so the CLIs say so (unknownKeyNotes) rather than rank without it ──

const KEY_HINTS: Record<string, string> = {
  followers: "subscribers",
  subscriber_count: "subscribers",
  subscriberCount: "subscribers",
  category: "categories",
  rate: "ratePerVideo",
  price: "ratePerVideo",
  fee: "ratePerVideo",
  name: "channelName",
  title: "channelName",
  location: "region",
  city: "region",
  gender: "genders",
  country: "countries",
  age: "ageRanges",
  ages: "ageRanges",
  region: "regions",
  filter: "filters",
  weight: "weights",
  platform: "platforms",
  audience: "targetAudience",
  maxRate: "maxRatePerVideo",
  tier: "tiers",
};

export const ROSTER_KEYS: readonly string[] = Object.keys(CreatorRecordObject.shape);
export const CAMPAIGN_KEYS = {
  "": Object.keys(CampaignSpecObject.shape),
  "targetAudience.": ["ageRanges", "genders", "countries", "regions"],
  "filters.": Object.keys(FiltersSchema.shape),
} as const;

/** One note per key of `value` that is not in `known` (with the likely intended key). */
export function unknownKeyNotes(value: unknown, known: readonly string[], path = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [];
  const out: string[] = [];
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = Object.hasOwn(KEY_HINTS, key) ? KEY_HINTS[key] : undefined;
    out.push(
      `unknown key "${path}${key}" ignored${hint && known.includes(hint) ? ` (did you mean "${path}${hint}"?)` : ""}`,
    );
    if (out.length >= 10) break;
  }
  return out;
}

/** The unknown keys of a campaign file, nested objects included. */
export function campaignKeyNotes(raw: unknown): string[] {
  const nested = (key: string) =>
    raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>)[key] : undefined;
  return [
    ...unknownKeyNotes(raw, CAMPAIGN_KEYS[""]),
    ...unknownKeyNotes(
      nested("targetAudience"),
      CAMPAIGN_KEYS["targetAudience."],
      "targetAudience.",
    ),
    ...unknownKeyNotes(nested("filters"), CAMPAIGN_KEYS["filters."], "filters."),
  ];
}
