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
