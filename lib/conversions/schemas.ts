// The shapes of an order as the webhook and the CSV import take it, and the limits
// that bound them. One schema for both paths, so a row the CSV accepts is a body the
// webhook would accept.
import { z } from "zod";
import { SUPPORTED_CURRENCIES } from "../money.ts";

export const CONVERSION_LIMITS = {
  orderIdChars: 100,
  productChars: 300,
  codeChars: 64,
  maxQuantity: 1_000_000,
  /** minor units; far above any single order */
  maxAmount: 100_000_000_000,
  webhookBodyBytes: 64 * 1024,
  csvBytes: 5 * 1024 * 1024,
  csvRows: 20_000,
  previewRows: 20,
  /** row errors kept on an import (the counters stay exact past it) */
  storedErrors: 200,
} as const;

const L = CONVERSION_LIMITS;

/**
 * One order or refund. `amount` is always positive in minor units of `currency`
 * (KRW: won); a REFUND is stored negative, so sums are net revenue.
 */
export const OrderSchema = z.strictObject({
  orderId: z
    .string()
    .trim()
    .min(1)
    .max(L.orderIdChars)
    .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces"),
  kind: z.enum(["ORDER", "REFUND"]).default("ORDER"),
  occurredAt: z.iso.datetime({ offset: true }),
  product: z.string().trim().max(L.productChars).optional(),
  quantity: z.number().int().min(1).max(L.maxQuantity).default(1),
  amount: z.number().int().min(0).max(L.maxAmount),
  currency: z.enum(SUPPORTED_CURRENCIES).default("KRW"),
  clickId: z.string().trim().min(1).max(L.codeChars).optional(),
  promoCode: z.string().trim().min(1).max(L.codeChars).optional(),
});
export type OrderInput = z.infer<typeof OrderSchema>;

export type RowError = { row: number; field: string; message: string };
