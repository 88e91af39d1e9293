// Request bodies and queries of the match workflow, shared by the API routes, the
// server actions, the pages' forms and the tests. Every string and number is bounded.
import { z } from "zod";
import { MATCH_STATUS_ORDER } from "./statuses.ts";

const MAX_AMOUNT = 10_000_000_000; // ₩10 billion: far above any creator fee
const day = z.iso.date({ message: "Use a date like 2026-12-31" });

export const OfferSchema = z
  .object({
    amount: z.coerce
      .number({ message: "Enter the fee in won" })
      .int("Whole won only")
      .min(1, "The fee must be at least ₩1")
      .max(MAX_AMOUNT, "The fee is above ₩10,000,000,000"),
    deliverables: z
      .string()
      .trim()
      .min(3, "Say what the creator delivers")
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

export const ActualsSchema = z.object({
  views: z.coerce.number().int().min(0).max(10_000_000_000),
  clicks: z.coerce.number().int().min(0).max(10_000_000_000),
  sales: z.coerce.number().int().min(0).max(100_000_000),
  revenue: z.coerce.number().int().min(0).max(1_000_000_000_000),
});
export type Actuals = z.infer<typeof ActualsSchema>;

export const MatchStatusSchema = z.enum(MATCH_STATUS_ORDER);

export const TransitionSchema = z.object({
  to: MatchStatusSchema,
  version: z.number().int().min(0).max(2_147_483_647),
  note: z.string().trim().max(2000, "At most 2,000 characters").nullish(),
  /** Required for a counter-offer (to NEGOTIATING). */
  offer: OfferSchema.optional(),
  /** Required to complete (to COMPLETED). */
  actuals: ActualsSchema.optional(),
});
export type TransitionInput = z.infer<typeof TransitionSchema>;

export const ProposeSchema = z.object({
  campaignId: z.uuid(),
  creatorId: z.uuid(),
  offer: OfferSchema,
});
export type ProposeInput = z.infer<typeof ProposeSchema>;

export const MessageSchema = z.object({
  body: z.string().trim().min(1, "Write a message").max(4000, "At most 4,000 characters"),
});

export const ListMatchesQuery = z.object({
  status: MatchStatusSchema.optional(),
  campaignId: z.uuid().optional(),
  review: z.enum(["PENDING", "APPROVED", "REJECTED", "NOT_REQUIRED"]).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});
export type ListMatchesQuery = z.infer<typeof ListMatchesQuery>;

export const ReviewSchema = z.object({
  matchIds: z.array(z.uuid()).min(1, "Pick at least one match").max(100),
  decision: z.enum(["APPROVE", "REJECT"]),
  reason: z.string().trim().min(3, "Give a reason the brand can read").max(1000),
});
export type ReviewInput = z.infer<typeof ReviewSchema>;
