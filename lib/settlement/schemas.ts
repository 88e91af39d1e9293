// Inputs of the escrow and settlement routes.
import { z } from "zod";
import { SUPPORTED_CURRENCIES } from "../money.ts";

/** The longest settlement list one answer carries (list-settlements.ts). */
export const SETTLEMENT_LIST_MAX = 500;
/** The escrow ledger rows one answer carries (read-escrow.ts). */
export const ESCROW_ENTRIES_MAX = 500;

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
// Bounded like the inputs: ids, names as stored, ISO instants, minor units of up to 30
// digits (far past any sum of bigints we write).
const Amount = z
  .string()
  .max(30)
  .regex(/^-?\d+$/);
const id = z.string().max(40);
const text = z.string().max(500);
const instant = z.string().max(40);
const currency = z.string().max(3);
const Status = z.enum(["PENDING", "APPROVED", "PAID"]);

export const DepositResponseSchema = z.object({
  deposit: z.object({ reference: text, available: Amount, duplicate: z.boolean() }),
});

export const EscrowResponseSchema = z.object({
  escrow: z.object({
    accounts: z
      .array(z.object({ currency, available: Amount, held: Amount }))
      .max(SUPPORTED_CURRENCIES.length),
    entries: z
      .array(
        z.object({
          id: id,
          kind: z.enum(["DEPOSIT", "HOLD", "RELEASE", "CAPTURE"]),
          amount: Amount,
          currency,
          matchId: id.nullable(),
          campaignTitle: text.nullable(),
          creatorName: text.nullable(),
          reference: text.nullable(),
          at: instant,
        }),
      )
      .max(ESCROW_ENTRIES_MAX),
  }),
});

export const SettlementSchema = z.object({
  id: id,
  matchId: id,
  brandId: id,
  brandName: text,
  campaignId: id,
  campaignTitle: text,
  creatorId: id,
  creatorName: text,
  currency,
  fixedFee: Amount,
  commissionRateBp: z.number().int(),
  attributedRevenue: Amount,
  commission: Amount,
  gross: Amount,
  platformFeeBp: z.number().int(),
  platformFee: Amount,
  creatorPayout: Amount,
  status: Status,
  createdAt: instant,
  approvedAt: instant.nullable(),
  paidAt: instant.nullable(),
  history: z
    .array(z.object({ from: Status.nullable(), to: Status, by: text.nullable(), at: instant }))
    .max(20),
});

export const SettlementListResponseSchema = z.object({
  settlements: z.array(SettlementSchema).max(SETTLEMENT_LIST_MAX),
});

export const SettlementStepResponseSchema = z.object({
  settlement: z.object({ id, status: Status }),
});
