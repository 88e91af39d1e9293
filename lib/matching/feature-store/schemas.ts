// Answers of the ranking routes: one ranked creator with its factors, forecast, reasons,
// risks and audience quality (lib/matching/engine/types.ts MatchResult), as the OpenAPI
// document publishes them; apiRoute checks answers against them outside production.
import { z } from "zod";
import { PLATFORMS, TIERS } from "../../vocabulary.ts";
import { FACT_CODES } from "../engine/facts.ts";

// The engine names platforms and tiers by their lower-case slugs.
const PLATFORM_SLUGS = PLATFORMS.map((p) => p.toLowerCase() as Lowercase<typeof p>);
const TIER_SLUGS = TIERS.map((t) => t.toLowerCase() as Lowercase<typeof t>);

// Bounded like requests, by what the engine writes: a few sentences, risks and signals
// per creator, short codes and names.
const text = (max = 500) => z.string().max(max);
const LINES = 50;

/** The creator's current match for the campaign (lib/matches/current-match.ts). */
const CurrentMatchSchema = z
  .object({
    id: z.uuid(),
    status: text(20),
    proposals: z
      .int()
      .min(1)
      .describe("the creator's proposals for this campaign, all told (at most 3)"),
  })
  .nullable()
  .describe("the creator's current match for this campaign: the newest");

const range = z.object({
  min: z.number(),
  max: z.number(),
  expected: z.number(),
  confidence: z.number().describe("probability that the actual value falls inside [min, max]"),
});

const factParams = z
  .record(text(40), z.union([text(), z.number(), z.array(text(200)).max(LINES)]))
  .describe(
    "what the sentence quotes: figures formatted as `reasons` writes them, words as codes (category slugs, region names, country codes, tiers, `female` / `male`, data sources)",
  );
const leafFact = z.object({ code: z.enum(FACT_CODES), params: factParams });

/** One sentence of an explanation as a code and its parameters (lib/matching/engine/facts.ts). */
export const FactSchema = leafFact
  .extend({ details: z.array(leafFact).max(LINES).optional().describe("the clauses, in order") })
  .meta({ id: "ExplanationFact" });

/** A risk as the engine writes it: English `message`, and `code` + `params` to render it in any language. */
export const RiskSchema = z.object({
  code: text(60),
  severity: z.enum(["high", "medium", "low"]),
  message: text(2000).describe("English"),
  params: factParams.optional().describe("absent on matches stored before risks had them"),
  details: z.array(leafFact).max(LINES).optional(),
  data: z.record(text(40), z.union([z.number(), text(), z.boolean(), z.null()])),
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
    placeSharePct: z
      .number()
      .nullable()
      .describe(
        "for a store visit that targets places (the store's district): the percent of viewers who live in them, which sales and revenue follow; null for any other campaign (an online sale can come from anywhere)",
      ),
    estimatedSales: z.number(),
    estimatedRevenue: z.number(),
    costPerView: z.number().nullable(),
    currency: text(3),
  }),
  reasons: z.array(text(2000)).max(LINES).describe("English, one sentence per factor and note"),
  explanation: z
    .array(FactSchema)
    .max(LINES)
    .describe("the `reasons` as facts, in the same order, to render in the reader's language"),
  risks: z.array(RiskSchema).max(LINES),
  audienceQuality: z.object({
    score: z.number(),
    level: z.enum(["good", "doubtful", "poor"]),
    signals: z
      .array(
        z.object({
          code: text(60),
          measured: z.boolean(),
          value: z.number().nullable(),
          norm: z.number().nullable(),
          points: z.number(),
          message: text(2000).describe("English"),
          fact: leafFact,
        }),
      )
      .max(LINES),
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
    currency: text(3),
  }),
  penaltyMultiplier: z.number(),
};

// Where a creator is based, as the ranking read it.
const placeFields = {
  region: text()
    .nullable()
    .describe('where the creator is based: a Korean region ("Seoul") or the place as written'),
  district: text()
    .nullable()
    .describe('the district of region, as "Region:name" ("Seoul:마포구"), when known'),
};

export const RankedCreatorSchema = z
  .object({
    ...MatchResultFields,
    creator: z.object({
      name: text(),
      channelTitle: text().nullable(),
      tier: z.enum(TIER_SLUGS),
      subscribers: z.number().nullable(),
      ...placeFields,
    }),
    match: CurrentMatchSchema,
  })
  .meta({ id: "RankedCreator" });

export const RankingPageSchema = z.object({
  sort: z.enum(["score", "value"]),
  results: z.array(RankedCreatorSchema).max(100),
  total: z.number().int(),
  offset: z
    .number()
    .int()
    .describe("the first result's place in the whole ranking, from 0: page 2 of 20 starts at 20"),
  nextCursor: text(1000).nullable(),
  truncated: z.boolean().describe("paging stops at 10,000 results: narrow the filters past them"),
  forecastModelVersion: z.number().int().nullable(),
});

const provenance = z.object({
  source: z.enum(["verified", "estimated"]),
  fetchedAt: z.iso.datetime().nullable(),
});

export const CreatorDetailResultSchema = z.object({
  ...MatchResultFields,
  filteredOut: text(2000).nullable(),
  match: CurrentMatchSchema,
  creator: z.object({
    name: text(),
    tier: z.enum(TIER_SLUGS).nullable(),
    ...placeFields,
    channel: z
      .object({
        title: text(),
        url: text(2048).nullable(),
        subscribers: z.number().nullable(),
        medianViews: z.number().nullable(),
        engagementRate: z.number().nullable(),
        stats: provenance,
      })
      .nullable(),
    audience: z
      .array(
        z.object({
          dimension: text(20),
          source: z.enum(["verified", "estimated"]),
          fetchedAt: z.iso.datetime(),
        }),
      )
      .max(10),
    videos: z
      .array(
        z.object({
          title: text().nullable(),
          publishedAt: z.iso.datetime(),
          views: z.number(),
          likes: z.number(),
          comments: z.number(),
        }),
      )
      .max(10)
      .describe("the newest 10"),
  }),
});
