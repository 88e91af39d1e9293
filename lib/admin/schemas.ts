// Answers of the admin routes (published in the OpenAPI document; apiRoute checks
// answers against them outside production).
import { z } from "zod";

export const ReviewQueuePageSchema = z.object({
  items: z.array(
    z.object({
      matchId: z.uuid(),
      createdAt: z.iso.datetime(),
      status: z.string(),
      priority: z.string(),
      score: z.number(),
      confidence: z.string(),
      amount: z.number().nullable(),
      currency: z.string(),
      campaign: z.object({ id: z.uuid(), title: z.string(), budget: z.number() }),
      brand: z.object({ id: z.uuid(), name: z.string() }),
      creator: z.object({
        id: z.uuid(),
        displayName: z.string(),
        tier: z.string().nullable(),
        subscribers: z.number().nullable(),
        completedMatches: z.number().int(),
      }),
      reasons: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  threshold: z.number(),
});

export const JobsSchema = z.object({
  jobs: z.array(
    z.object({
      name: z.string(),
      what: z.string(),
      everyMinutes: z.number().nullable(),
      lastRunAt: z.iso.datetime().nullable(),
      nextRunAt: z.iso.datetime().nullable(),
      queued: z.number().int(),
      failures24h: z.number().int(),
      lastError: z.string().nullable(),
      lastErrorAt: z.iso.datetime().nullable(),
    }),
  ),
});
