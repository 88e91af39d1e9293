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
const EARLIEST_ORDER = new Date("2000-01-01T00:00:00Z");
const DAY_MS = 86_400_000;

/**
 * One order or refund. `amount` is zero or more in minor units of `currency` (KRW: won;
 * zero: a gift or a fully discounted order); a REFUND is stored negative, so sums are
 * net revenue. Dated from 2000 to a day ahead of now (clocks differ).
 */
export const OrderSchema = z.strictObject({
  orderId: z
    .string()
    .trim()
    .min(1)
    .max(L.orderIdChars)
    .regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces"),
  kind: z.enum(["ORDER", "REFUND"]).default("ORDER"),
  occurredAt: z.iso
    .datetime({ offset: true })
    .refine((s) => new Date(s) >= EARLIEST_ORDER, "An order cannot be dated before 2000")
    .refine(
      (s) => new Date(s).getTime() <= Date.now() + DAY_MS,
      "An order cannot be dated more than a day ahead",
    ),
  product: z.string().trim().max(L.productChars).optional(),
  quantity: z.number().int().min(1).max(L.maxQuantity).default(1),
  amount: z.number().int().min(0).max(L.maxAmount),
  currency: z.enum(SUPPORTED_CURRENCIES).default("KRW"),
  clickId: z.string().trim().min(1).max(L.codeChars).optional(),
  promoCode: z.string().trim().min(1).max(L.codeChars).optional(),
});
export type OrderInput = z.infer<typeof OrderSchema>;

export type RowError = { row: number; field: string; message: string };

// ── answers (the OpenAPI document and the outside-production response check) ──

// Bounded like the inputs: ids are uuids or bigint text, names and messages as the
// limits above cut them.
const id = z.string().max(40);
const RowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string().max(100),
  message: z.string().max(500),
});

export const StoredConversionSchema = z.object({
  id,
  orderId: z.string().max(L.orderIdChars),
  kind: z.enum(["ORDER", "REFUND"]),
  amount: z.number().int(),
  currency: z.string().max(3),
  attribution: z.enum(["CLICK", "PROMO_CODE", "NONE"]),
  matchId: id.nullable(),
  campaignId: id.nullable(),
  creatorId: id.nullable(),
  unattributedReason: z
    .enum(["CURRENCY_MISMATCH"])
    .nullable()
    .describe(
      "CURRENCY_MISMATCH: the quoted click or code belongs to a match agreed in another currency, so the order is stored for the brand but credited to no creator",
    ),
});

export const WebhookResponseSchema = z.object({
  conversion: StoredConversionSchema,
  /** true for a resend of a stored order: nothing changed */
  duplicate: z.boolean(),
});

export const ImportUploadResponseSchema = z.union([
  z.object({
    preview: z.object({
      rows: z.number().int(),
      valid: z.number().int(),
      rejected: z.number().int(),
      repeated: z.number().int(),
      repeats: z
        .array(
          z.object({
            row: z.number().int(),
            firstRow: z.number().int(),
            orderId: z.string().max(L.orderIdChars),
          }),
        )
        .max(L.previewRows),
      sample: z
        .array(z.object({ row: z.number().int(), order: z.looseObject({}) }))
        .max(L.previewRows),
      errors: z.array(RowErrorSchema).max(L.storedErrors),
    }),
  }),
  z.object({ import: z.object({ id }) }),
]);

export const ImportProgressResponseSchema = z.object({
  import: z.object({
    id,
    fileName: z.string().max(300),
    status: z.enum(["running", "done", "failed"]),
    rowsTotal: z.number().int(),
    rowsProcessed: z.number().int(),
    rowsInserted: z.number().int(),
    rowsDuplicate: z.number().int(),
    rowsRejected: z.number().int(),
    errors: z.array(RowErrorSchema).max(L.storedErrors),
    createdAt: z.string().max(40),
    finishedAt: z.string().max(40).nullable(),
  }),
});
