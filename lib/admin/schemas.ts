// Answers of the admin routes (published in the OpenAPI document; apiRoute checks
// answers against them outside production).
import { z } from "zod";
import { ReviewLineSchema } from "../matches/schemas.ts";
import { REVIEW_QUEUE_MAX_LIMIT } from "./review-queue-query.ts";

// Every answer is bounded like every input: names and labels as stored, ids, enums.
const text = (max = 500) => z.string().max(max);
const code = text(40);

export const ReviewQueuePageSchema = z.object({
  items: z
    .array(
      z.object({
        matchId: z.uuid(),
        createdAt: z.iso.datetime(),
        status: code,
        priority: code,
        score: z.number(),
        confidence: code,
        amount: z.number().nullable(),
        currency: text(3),
        campaign: z.object({ id: z.uuid(), title: text(), budget: z.number() }),
        brand: z.object({ id: z.uuid(), name: text() }),
        creator: z.object({
          id: z.uuid(),
          displayName: text(),
          tier: code.nullable(),
          subscribers: z.number().nullable(),
          completedMatches: z.number().int(),
        }),
        reasons: z.array(z.object({ code, label: text() })).max(20),
        lines: z
          .array(ReviewLineSchema)
          .max(20)
          .nullable()
          .describe(
            "why the app held it, as codes (a serious risk among them); null for older or hand-flagged matches",
          ),
      }),
    )
    .max(REVIEW_QUEUE_MAX_LIMIT),
  nextCursor: text(500).nullable(),
  total: z.number().int(),
  threshold: z.number(),
});

export const JobsSchema = z.object({
  jobs: z
    .array(
      z.object({
        name: text(100),
        what: text(),
        everyMinutes: z.number().nullable(),
        lastRunAt: z.iso.datetime().nullable(),
        nextRunAt: z.iso.datetime().nullable(),
        queued: z.number().int(),
        failures24h: z.number().int(),
        lastError: text(10_000).nullable(),
        lastErrorAt: z.iso.datetime().nullable(),
      }),
    )
    .max(50),
});
