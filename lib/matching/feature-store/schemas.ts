// Answers of the ranking routes: one ranked creator with its factors, forecast, reasons,
// risks and audience quality (lib/matching/engine/types.ts MatchResult), as the OpenAPI
// document publishes them; apiRoute checks answers against them outside production.
import { z } from "zod";
import { PLATFORMS, TIERS } from "../../vocabulary.ts";

// The engine names platforms and tiers by their lower-case slugs.
const PLATFORM_SLUGS = PLATFORMS.map((p) => p.toLowerCase() as Lowercase<typeof p>);
const TIER_SLUGS = TIERS.map((t) => t.toLowerCase() as Lowercase<typeof t>);

const range = z.object({
  min: z.number(),
  max: z.number(),
  expected: z.number(),
  confidence: z.number().describe("probability that the actual value falls inside [min, max]"),
});

const MatchResultFields = {
  id: z.uuid().describe("the creator's id"),
  platform: z.enum(PLATFORM_SLUGS),
  score: z.number().min(0).max(100),
  factors: z.object({
    audienceOverlap: z.number(),
    categoryMatch: z.number(),
    performancePrediction: z.number(),
    budgetFit: z.number(),
  }),
  confidence: z.enum(["high", "medium", "low"]),
  forecast: z.object({
    views: range,
    likes: z.number(),
    comments: z.number(),
    shares: z.number(),
    engagementRatePct: z.number(),
    ctrPct: z.number(),
    clicks: z.number(),
    purchaseRatePct: z.number(),
    estimatedSales: z.number(),
    estimatedRevenue: z.number(),
    costPerView: z.number().nullable(),
    currency: z.string(),
  }),
  reasons: z.array(z.string()),
  risks: z.array(
    z.object({
      code: z.string(),
      severity: z.enum(["high", "medium", "low"]),
      message: z.string(),
      data: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    }),
  ),
  audienceQuality: z.object({
    score: z.number(),
    level: z.enum(["good", "doubtful", "poor"]),
    signals: z.array(
      z.object({
        code: z.string(),
        measured: z.boolean(),
        value: z.number().nullable(),
        norm: z.number().nullable(),
        points: z.number(),
        message: z.string(),
      }),
    ),
  }),
  value: z.object({
    targetViews: z.number(),
    cost: z.number(),
    costEstimated: z.boolean(),
    targetViewsPerMillion: z.number(),
    salesPerMillion: z.number(),
    withinBudget: z.boolean(),
  }),
  rate: z.object({
    status: z.enum(["known", "free", "unknown"]),
    amount: z.number().nullable(),
    currency: z.string(),
  }),
  penaltyMultiplier: z.number(),
};

export const RankedCreatorSchema = z
  .object({
    ...MatchResultFields,
    creator: z.object({
      name: z.string(),
      channelTitle: z.string().nullable(),
      tier: z.enum(TIER_SLUGS),
      subscribers: z.number().nullable(),
    }),
    match: z.object({ id: z.uuid(), status: z.string() }).nullable(),
  })
  .meta({ id: "RankedCreator" });

export const RankingPageSchema = z.object({
  sort: z.enum(["score", "value"]),
  results: z.array(RankedCreatorSchema),
  total: z.number().int(),
  nextCursor: z.string().nullable(),
  truncated: z.boolean().describe("paging stops at 10,000 results: narrow the filters past them"),
  forecastModelVersion: z.number().int().nullable(),
});

const provenance = z.object({
  source: z.enum(["verified", "estimated"]),
  fetchedAt: z.iso.datetime().nullable(),
});

export const CreatorDetailResultSchema = z.object({
  ...MatchResultFields,
  filteredOut: z.string().nullable(),
  creator: z.object({
    name: z.string(),
    channel: z
      .object({
        title: z.string(),
        url: z.string().nullable(),
        subscribers: z.number().nullable(),
        medianViews: z.number().nullable(),
        engagementRate: z.number().nullable(),
        stats: provenance,
      })
      .nullable(),
    audience: z.array(
      z.object({
        dimension: z.string(),
        source: z.enum(["verified", "estimated"]),
        fetchedAt: z.iso.datetime(),
      }),
    ),
    videos: z.array(
      z.object({
        title: z.string().nullable(),
        publishedAt: z.iso.datetime(),
        views: z.number(),
        likes: z.number(),
        comments: z.number(),
      }),
    ),
  }),
});
