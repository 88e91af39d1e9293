// Request bodies and queries of the match workflow, shared by the API routes, the
// server actions, the pages' forms and the tests. Every string and number is bounded.
import { z } from "zod";
import { queryInt } from "../api/query-params.ts";
import { CAMPAIGN_LIMITS } from "../campaigns/schemas.ts";
import { FactSchema, RiskSchema } from "../matching/feature-store/schemas.ts";
import { MATCH_STATUS_ORDER, MAX_PROPOSALS_PER_PAIR } from "./statuses.ts";
import { SYSTEM_LINE_CODES } from "./system-lines.ts";

/** A line the platform wrote (lib/matches/system-lines.ts); `body` / `note` hold its English. */
const SystemLineSchema = z
  .object({
    code: z.enum(SYSTEM_LINE_CODES as [string, ...string[]]),
    params: z.record(z.string().max(40), z.union([z.string().max(2000), z.number()])),
  })
  .nullable()
  .describe(
    "set when the platform wrote the line: its code and parameters, to render per language",
  );

const MAX_AMOUNT = 10_000_000_000; // ₩10 billion: far above any creator fee
/** 50 %: a commission on attributed revenue above half of it is not a sponsorship deal */
export const MAX_COMMISSION_BP = 5000;
// Offer dates: the days a campaign may run on (lib/campaigns/schemas.ts), so that no
// year 0 or 10000 reaches Postgres.
const day = z.iso
  .date({ message: "Use a date like 2026-12-31" })
  .refine(
    (d) => d >= CAMPAIGN_LIMITS.earliestDate && d <= CAMPAIGN_LIMITS.latestDate,
    `Use a date from ${CAMPAIGN_LIMITS.earliestDate} to ${CAMPAIGN_LIMITS.latestDate}`,
  );

// Bodies are JSON: a number is a JSON number ("1000", true or [1000] are refused, not
// read as one), and a key the schema does not know is refused, as campaigns do. Forms
// turn their text into numbers first (components/ui/form-number.ts).
export const OfferSchema = z
  .strictObject({
    amount: z
      .number({ message: "Enter the fee in won" })
      .int("Whole won only")
      .min(1, "The fee must be at least ₩1")
      .max(MAX_AMOUNT, "The fee is above ₩10,000,000,000"),
    commissionRateBp: z
      .number({ message: "Enter the commission in basis points (1250 = 12.5 %)" })
      .int("Whole basis points only (1250 = 12.5 %)")
      .min(0, "The commission cannot be negative")
      .max(MAX_COMMISSION_BP, "The commission is above 50 %")
      .optional()
      .describe(
        "commission (absent = 0) on the revenue attributed to the creator, on top of the fee, in basis points (1250 = 12.5 %); settlement charges it",
      ),
    deliverables: z
      .string()
      .trim()
      .min(3, "Say what the creator delivers (at least 3 characters)")
      .max(1000, "At most 1,000 characters"),
    startsOn: day.nullish(),
    endsOn: day.nullish(),
    message: z.string().trim().max(2000, "At most 2,000 characters").nullish(),
  })
  .refine((o) => !o.startsOn || !o.endsOn || o.startsOn <= o.endsOn, {
    path: ["endsOn"],
    message: "The end date is before the start date",
  });
export type Offer = z.infer<typeof OfferSchema>;

/** What match_outcomes' integer columns hold (views, clicks, sales). */
const MAX_COUNT = 2_147_483_647;

export const ActualsSchema = z.strictObject({
  views: z.number().int().min(0).max(MAX_COUNT),
  clicks: z.number().int().min(0).max(MAX_COUNT),
  sales: z.number().int().min(0).max(100_000_000),
  revenue: z.number().int().min(0).max(1_000_000_000_000),
});
export type Actuals = z.infer<typeof ActualsSchema>;

export const MatchStatusSchema = z.enum(MATCH_STATUS_ORDER);

export const TransitionSchema = z.strictObject({
  to: MatchStatusSchema,
  version: z.number().int().min(0).max(2_147_483_647),
  note: z.string().trim().max(2000, "At most 2,000 characters").nullish(),
  /** Required for a counter-offer (to NEGOTIATING). */
  offer: OfferSchema.optional(),
  /** Required to complete (to COMPLETED). */
  actuals: ActualsSchema.optional(),
});
export type TransitionInput = z.infer<typeof TransitionSchema>;

export const ProposeSchema = z
  .strictObject({
    campaignId: z.uuid(),
    creatorId: z.uuid(),
    offer: OfferSchema,
  })
  // A new proposal's work cannot start before today (a day's slack for time zones). A
  // counter-offer may keep dates the talks have since passed: only proposals check.
  .refine((p) => !p.offer.startsOn || p.offer.startsOn >= dayBefore(new Date()), {
    path: ["offer", "startsOn"],
    message: "The start date is in the past",
  });

/** The calendar day (UTC) before `now`, as YYYY-MM-DD. */
function dayBefore(now: Date): string {
  return new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
}
export type ProposeInput = z.infer<typeof ProposeSchema>;

export const MessageSchema = z.strictObject({
  body: z.string().trim().min(1, "Write a message").max(4000, "At most 4,000 characters"),
});

export const ListMatchesQuery = z.strictObject({
  status: MatchStatusSchema.optional(),
  campaignId: z.uuid().optional(),
  review: z.enum(["PENDING", "APPROVED", "REJECTED", "CLOSED", "NOT_REQUIRED"]).optional(),
  limit: queryInt(1, 100).default(20),
  cursor: z.string().max(200).optional(),
  // changed: newest change first, for a person's inbox (a match that changes while you
  // page moves to the front, ahead of your cursor); created: newest proposal first, an
  // order that never moves, for a program that syncs every match
  order: z
    .enum(["changed", "created"])
    .default("changed")
    .describe(
      "changed (default): newest status change first, as the inbox shows them; a match that changes while you page moves ahead of your cursor. created: newest proposal first, an order that never moves: use it to sync every match",
    ),
});
export type ListMatchesQuery = z.infer<typeof ListMatchesQuery>;

export const ReviewSchema = z.strictObject({
  matchIds: z.array(z.uuid()).min(1, "Pick at least one match").max(100),
  decision: z.enum(["APPROVE", "REJECT"]),
  reason: z.string().trim().min(3, "Give a reason the brand can read").max(1000),
});
export type ReviewInput = z.infer<typeof ReviewSchema>;

// ── Answers (published in the OpenAPI document; apiRoute checks answers against them
// outside production) ──

const factors = z.object({
  audienceOverlap: z.number(),
  categoryMatch: z.number(),
  performancePrediction: z.number(),
  budgetFit: z.number(),
});
// Answers are bounded like requests: by what the inputs and the queries allow.
const text = (max = 500) => z.string().max(max);
/** Newest offers and history steps a match answer carries (lib/matches/get-match.ts). */
export const MATCH_STEPS_SHOWN = 500;
const ENGINE_LINES = 50;
const ref = z.object({ id: z.uuid(), title: text() });
const named = z.object({ id: z.uuid(), name: text() });
const forecast = z.record(text(60), z.unknown());
/** Why a proposal waits for review, as codes (lib/matches/review-lines.ts); `reason` is English. */
export const ReviewLineSchema = z.object({
  code: z.enum([
    "ABOVE_BUDGET_THRESHOLD",
    "LOW_CONFIDENCE",
    "NEW_CREATOR",
    "SERIOUS_RISK",
    "REJECTED_BEFORE",
  ]),
  params: z.record(z.string().max(40), z.unknown()),
});
const review = z.object({
  status: text(40),
  reason: text(2000)
    .nullable()
    .describe("English: the app's reasons, or the admin's note; null for the creator"),
  lines: z
    .array(ReviewLineSchema)
    .max(ENGINE_LINES)
    .nullable()
    .describe(
      "the app's reasons as codes; null once an admin's note replaced them, or before, and for the creator",
    ),
});

export const MatchSummarySchema = z
  .object({
    id: z.uuid(),
    status: MatchStatusSchema,
    version: z.number().int(),
    score: z.number(),
    confidence: text(20),
    factors,
    forecast,
    review,
    offerAmount: z.number().nullable().describe("the fee first proposed"),
    agreedAmount: z.number().nullable(),
    lastOffer: z
      .object({ amount: z.number(), side: z.enum(["BRAND", "CREATOR"]) })
      .nullable()
      .describe("the offer on the table: the latest proposal or counter-offer, by either side"),
    currency: text(3),
    statusChangedAt: z.iso.datetime(),
    createdAt: z.iso.datetime().describe("when the match was proposed"),
    campaign: ref,
    brandName: text(),
    creator: named,
  })
  .meta({ id: "MatchSummary" });

export const MatchPageSchema = z.object({
  matches: z.array(MatchSummarySchema).max(100),
  nextCursor: text(200).nullable(),
});

export const MatchDetailSchema = z
  .object({
    id: z.uuid(),
    status: MatchStatusSchema,
    version: z.number().int(),
    campaign: ref,
    brand: named,
    creator: named,
    score: z.number(),
    factors,
    confidence: text(20),
    reasons: z.array(text(2000)).max(ENGINE_LINES).describe("English"),
    explanation: z
      .array(FactSchema)
      .max(ENGINE_LINES)
      .nullable()
      .describe("the `reasons` as facts; null on matches proposed before facts were stored"),
    risks: z.array(RiskSchema.partial({ severity: true, data: true })).max(ENGINE_LINES),
    forecast,
    currency: text(3),
    offerAmount: z.number().nullable(),
    agreedAmount: z.number().nullable(),
    commissionRateBp: z
      .number()
      .int()
      .describe("agreed commission in basis points once accepted; before, the proposal's"),
    review: review.extend({ reviewedAt: z.iso.datetime().nullable() }),
    expiresAt: z.iso.datetime().nullable(),
    statusChangedAt: z.iso.datetime().nullable(),
    actuals: z
      .object({ views: z.number(), clicks: z.number(), sales: z.number(), revenue: z.number() })
      .nullable(),
    offers: z
      .array(
        z.object({
          side: z.enum(["BRAND", "CREATOR"]),
          amount: z.number(),
          commissionRateBp: z.number().int(),
          deliverables: text(1000),
          startsOn: text(10).nullable(),
          endsOn: text(10).nullable(),
          message: text(2000).nullable(),
          createdAt: z.iso.datetime(),
        }),
      )
      .max(MATCH_STEPS_SHOWN)
      .describe(`the newest ${MATCH_STEPS_SHOWN}, oldest first`),
    history: z
      .array(
        z.object({
          from: text(20).nullable(),
          to: text(20),
          note: text(2000).nullable(),
          line: SystemLineSchema,
          at: z.iso.datetime(),
          by: text().nullable(),
          byRole: text(20).nullable(),
        }),
      )
      .max(MATCH_STEPS_SHOWN)
      .describe(`the newest ${MATCH_STEPS_SHOWN} steps, oldest first`),
    otherProposals: z
      .array(
        z.object({
          id: z.uuid(),
          status: MatchStatusSchema,
          newer: z.boolean().describe("proposed after this one"),
          proposedAt: z.iso.datetime(),
          statusChangedAt: z.iso.datetime().nullable(),
          offerAmount: z.number().nullable().describe("the fee first proposed"),
          lastOffer: z
            .object({ side: z.enum(["BRAND", "CREATOR"]), amount: z.number() })
            .nullable()
            .describe("the last offer made on it, a counter-offer included"),
        }),
      )
      .max(MAX_PROPOSALS_PER_PAIR)
      .describe(
        "the brand's other proposals to this creator for this campaign, newest first; a creator sees only those that reached them",
      ),
    agreementNeedsReview: z
      .boolean()
      .describe(
        "an open match whose fee on the table is above reviewThreshold, and no admin approved it: it cannot be accepted as it stands (counter within the threshold, or decline and propose again at that fee, which goes to review)",
      ),
    reviewThreshold: z
      .number()
      .describe("fees above it are agreed only on a match an admin approved in review"),
    allowed: z
      .array(MatchStatusSchema)
      .max(MATCH_STATUS_ORDER.length)
      .describe("statuses the caller may move the match to now"),
  })
  .meta({ id: "MatchDetail" });

export const MatchResponseSchema = z.object({ match: MatchDetailSchema });

/** A workflow step's answer: where the match stands now (GET /matches/:id for the rest). */
export const TransitionResultSchema = z.object({
  match: z.object({ id: z.uuid(), status: MatchStatusSchema, version: z.number().int() }),
});

/** A proposal's answer, with whether it waits for admin review and why. */
export const ProposalResultSchema = z.object({
  match: z.object({
    id: z.uuid(),
    status: MatchStatusSchema,
    version: z.number().int(),
    review: z.object({
      required: z.boolean(),
      reasons: z.array(text(2000)).max(ENGINE_LINES).describe("English"),
      lines: z.array(ReviewLineSchema).max(ENGINE_LINES),
    }),
  }),
  campaignActivated: z
    .boolean()
    .describe("The proposal was a draft campaign's first: the campaign is ACTIVE now"),
});

export const MessagesSchema = z.object({
  messages: z
    .array(
      z.object({
        id: z.uuid(),
        kind: text(20),
        body: text(4000),
        line: SystemLineSchema,
        amount: z.number().nullable(),
        at: z.iso.datetime(),
        sender: z.object({ name: text().nullable(), role: text(20) }).nullable(),
        internal: z
          .boolean()
          .describe(
            "written before the proposal went out: the brand's and the admins' only, never shown to the creator",
          ),
      }),
    )
    .max(500),
});

/** Creators one campaign's shortlist holds at most (shortlist.ts). */
export const SHORTLIST_MAX = 500;

export const ShortlistSchema = z.object({
  creatorIds: z.array(z.uuid()).max(SHORTLIST_MAX),
  entries: z
    .array(
      z.object({
        creatorId: z.uuid(),
        name: text(),
        match: z.object({ id: z.uuid(), status: text(20) }).nullable(),
      }),
    )
    .max(SHORTLIST_MAX),
});

export const ShortlistChangeSchema = z.strictObject({ creatorId: z.uuid() });

export const ReviewResultsSchema = z.object({
  results: z
    .array(
      z.union([
        z.object({ id: z.uuid(), ok: z.literal(true), status: text(20), version: z.number() }),
        z.object({ id: z.uuid(), ok: z.literal(false), code: text(40), message: text(1000) }),
      ]),
    )
    .max(100),
});
