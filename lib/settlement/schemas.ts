// Inputs of the escrow and settlement routes.
import { z } from "zod";
import { SUPPORTED_CURRENCIES } from "../money.ts";

export const TopUpSchema = z.strictObject({
  brandId: z.uuid(),
  // whole minor units (KRW: won); at most ₩100,000,000,000 at once
  amount: z.number().int().min(1).max(100_000_000_000),
  currency: z.enum(SUPPORTED_CURRENCIES).default("KRW"),
  // the client's key for this top-up: a retry with the same key deposits once
  idempotencyKey: z.uuid(),
});

export const SettlementStepSchema = z.strictObject({
  to: z.enum(["APPROVED", "PAID"]),
  note: z.string().trim().max(1000).optional(),
});

export const SettlementListQuery = z.strictObject({
  status: z.enum(["PENDING", "APPROVED", "PAID"]).optional(),
});

export const ExportQuery = z.strictObject({
  table: z.enum(["settlements", "statements"]),
});

export const BrandQuery = z.strictObject({ brandId: z.uuid() });

// ── answers (the OpenAPI document and the outside-production response check) ──
// Amounts are decimal strings of minor units: a JSON number cannot carry every BigInt.
const Amount = z.string().regex(/^-?\d+$/);
const Status = z.enum(["PENDING", "APPROVED", "PAID"]);

export const DepositResponseSchema = z.object({
  deposit: z.object({ reference: z.string(), available: Amount, duplicate: z.boolean() }),
});

export const EscrowResponseSchema = z.object({
  escrow: z.object({
    accounts: z.array(z.object({ currency: z.string(), available: Amount, held: Amount })),
    entries: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(["DEPOSIT", "HOLD", "RELEASE", "CAPTURE"]),
        amount: Amount,
        currency: z.string(),
        matchId: z.string().nullable(),
        campaignTitle: z.string().nullable(),
        creatorName: z.string().nullable(),
        reference: z.string().nullable(),
        at: z.string(),
      }),
    ),
  }),
});

export const SettlementSchema = z.object({
  id: z.string(),
  matchId: z.string(),
  brandId: z.string(),
  brandName: z.string(),
  campaignId: z.string(),
  campaignTitle: z.string(),
  creatorId: z.string(),
  creatorName: z.string(),
  currency: z.string(),
  fixedFee: Amount,
  commissionRateBp: z.number().int(),
  attributedRevenue: Amount,
  commission: Amount,
  gross: Amount,
  platformFeeBp: z.number().int(),
  platformFee: Amount,
  creatorPayout: Amount,
  status: Status,
  createdAt: z.string(),
  approvedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  history: z.array(
    z.object({ from: Status.nullable(), to: Status, by: z.string().nullable(), at: z.string() }),
  ),
});

export const SettlementListResponseSchema = z.object({ settlements: z.array(SettlementSchema) });

export const SettlementStepResponseSchema = z.object({
  settlement: z.object({ id: z.string(), status: Status }),
});
