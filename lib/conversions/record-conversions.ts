// Stores orders and refunds for one brand, attributed, idempotently: the one path both
// the webhook and the CSV import write through.
//
// Attribution rule (shown on the pages where conversions are counted):
// 1. by click: the order quotes a click id of one of THIS brand's tracking links, and
//    that click happened within the 30 days before the order (a click after the order,
//    or older than 30 days, does not count);
// 2. else by promo code: one of this brand's codes, compared case-insensitively, not
//    expired when the order was placed;
// 3. else none (the order still counts for the brand, for no creator).
// A match is only credited with orders in its own currency (its fee, commission and
// settlement are in that currency, and won are never added to dollars): an order whose
// click or code points at a match agreed in another currency is stored unattributed,
// with unattributed_reason CURRENCY_MISMATCH, and shown so.
// A refund is attributed like its order when that order is stored (whatever it quotes
// itself), else by the same rule; it is stored with a negative amount.
//
// Idempotent on (brand, order id, kind): a resent order changes nothing. Orders are
// written before refunds so that a refund in the same batch finds its order.
import type { ConversionSource } from "../db/generated/enums.ts";
import type { Queryable } from "../reporting/queryable.ts";
import type { OrderInput } from "./schemas.ts";

export const ATTRIBUTION_WINDOW_DAYS = 30;

export type StoredConversion = {
  id: string;
  orderId: string;
  kind: "ORDER" | "REFUND";
  amount: number;
  currency: string;
  attribution: "CLICK" | "PROMO_CODE" | "NONE";
  matchId: string | null;
  campaignId: string | null;
  creatorId: string | null;
  /** why an order that quotes a click or code of a match is not credited to it */
  unattributedReason: "CURRENCY_MISMATCH" | null;
};

export type RecordResult = {
  /** rows written now: orders, then refunds, each in input order */
  inserted: StoredConversion[];
  /** input indexes already stored (same brand, order id and kind) */
  duplicateIndexes: number[];
};

/** The columns a StoredConversion is read from (toStored). */
export const STORED_COLUMNS = `id::text, order_id, kind::text, amount::text, currency,
  attribution::text, match_id, campaign_id, creator_id, unattributed_reason`;

const INSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest($2::text[], $3::"ConversionKind"[], $4::timestamptz[], $5::text[],
                       $6::int[], $7::bigint[], $8::text[], $9::text[], $10::text[])
           WITH ORDINALITY AS t(order_id, kind, occurred_at, product, quantity, amount,
                                currency, click_id, promo_code, n)
),
candidates AS (
  SELECT i.*, ord.attribution AS ord_attribution, ord.link_id AS ord_link_id,
         ord.match_id AS ord_match_id, ord.campaign_id AS ord_campaign_id,
         ord.creator_id AS ord_creator_id, ord.currency AS ord_currency,
         ord.unattributed_reason AS ord_reason,
         ck.link_id AS ck_link_id, ck.match_id AS ck_match_id, ck.campaign_id AS ck_campaign_id,
         ck.creator_id AS ck_creator_id, ck.currency AS ck_currency,
         pc.match_id AS pc_match_id, pc.campaign_id AS pc_campaign_id,
         pc.creator_id AS pc_creator_id, pc.currency AS pc_currency
    FROM input i
    LEFT JOIN LATERAL (
      SELECT o.attribution, o.link_id, o.match_id, o.campaign_id, o.creator_id, o.unattributed_reason,
             om.currency::text AS currency
        FROM conversions o LEFT JOIN matches om ON om.id = o.match_id
       WHERE i.kind = 'REFUND' AND o.brand_id = $1 AND o.order_id = i.order_id AND o.kind = 'ORDER'
    ) ord ON true
    LEFT JOIN LATERAL (
      SELECT c.link_id, c.match_id, c.campaign_id, c.creator_id, cm.currency::text AS currency
        FROM clicks c JOIN tracking_links l ON l.id = c.link_id JOIN matches cm ON cm.id = c.match_id
       WHERE c.click_id = i.click_id AND l.brand_id = $1
         AND c.clicked_at <= i.occurred_at
         AND c.clicked_at > i.occurred_at - make_interval(days => $12)
    ) ck ON true
    LEFT JOIN LATERAL (
      SELECT p.match_id, p.campaign_id, p.creator_id, pm.currency::text AS currency
        FROM promo_codes p JOIN matches pm ON pm.id = p.match_id
       WHERE p.brand_id = $1 AND p.code = upper(i.promo_code)
         AND (p.expires_at IS NULL OR p.expires_at >= i.occurred_at)
    ) pc ON true
),
-- Which rule holds: the stored order's (a refund), else the click, else the promo code,
-- each only when the match is agreed in the order's currency.
chosen AS (
  SELECT c.*,
         CASE WHEN ord_attribution IS NOT NULL
                   AND (ord_match_id IS NULL OR ord_currency = c.currency) THEN 'ORDER'
              WHEN ord_attribution IS NOT NULL THEN 'MISMATCH'
              WHEN ck_link_id IS NOT NULL AND ck_currency = c.currency THEN 'CLICK'
              WHEN pc_match_id IS NOT NULL AND pc_currency = c.currency THEN 'PROMO_CODE'
              WHEN ck_link_id IS NOT NULL OR pc_match_id IS NOT NULL THEN 'MISMATCH'
              ELSE 'NONE' END AS rule
    FROM candidates c
),
attributed AS (
  SELECT c.*,
         CASE rule WHEN 'ORDER' THEN ord_attribution::text
                   WHEN 'MISMATCH' THEN 'NONE'
                   ELSE rule END::"AttributionMethod" AS attribution,
         CASE rule WHEN 'MISMATCH' THEN 'CURRENCY_MISMATCH' WHEN 'ORDER' THEN ord_reason END
           AS unattributed_reason,
         CASE rule WHEN 'ORDER' THEN ord_link_id WHEN 'CLICK' THEN ck_link_id END AS link_id,
         CASE rule WHEN 'ORDER' THEN ord_match_id WHEN 'CLICK' THEN ck_match_id
                   WHEN 'PROMO_CODE' THEN pc_match_id END AS match_id,
         CASE rule WHEN 'ORDER' THEN ord_campaign_id WHEN 'CLICK' THEN ck_campaign_id
                   WHEN 'PROMO_CODE' THEN pc_campaign_id END AS campaign_id,
         CASE rule WHEN 'ORDER' THEN ord_creator_id WHEN 'CLICK' THEN ck_creator_id
                   WHEN 'PROMO_CODE' THEN pc_creator_id END AS creator_id
    FROM chosen c
)
INSERT INTO conversions (brand_id, order_id, kind, source, occurred_at, product, quantity,
                         amount, currency, click_id, promo_code, attribution, link_id,
                         match_id, campaign_id, creator_id, import_id, unattributed_reason)
SELECT $1, order_id, kind, $11::"ConversionSource", occurred_at, product, quantity,
       CASE WHEN kind = 'REFUND' THEN -amount ELSE amount END, currency, click_id, promo_code,
       attribution, link_id, match_id, campaign_id, creator_id, $13, unattributed_reason
  FROM attributed ORDER BY n
ON CONFLICT (brand_id, order_id, kind) DO NOTHING
RETURNING ${STORED_COLUMNS}`;

export async function recordConversions(
  db: Queryable,
  brandId: string,
  source: ConversionSource,
  orders: readonly OrderInput[],
  importId: string | null = null,
): Promise<RecordResult> {
  const inserted: StoredConversion[] = [];
  const duplicateIndexes: number[] = [];
  for (const kind of ["ORDER", "REFUND"] as const) {
    const indexes = orders.flatMap((o, i) => (o.kind === kind ? [i] : []));
    if (indexes.length === 0) continue;
    const batch = indexes.map((i) => orders[i]);
    const col = <T>(f: (o: OrderInput) => T) => batch.map(f);
    const { rows } = await db.query(INSERT_SQL, [
      brandId,
      col((o) => o.orderId),
      col((o) => o.kind),
      col((o) => o.occurredAt),
      col((o) => o.product ?? null),
      col((o) => o.quantity),
      col((o) => String(o.amount)),
      col((o) => o.currency),
      col((o) => o.clickId ?? null),
      col((o) => o.promoCode ?? null),
      source,
      ATTRIBUTION_WINDOW_DAYS,
      importId,
    ]);
    // The first occurrence of a key in the batch is the one stored; later ones and keys
    // stored before are duplicates.
    const fresh = new Map(rows.map((r) => [r.order_id as string, r]));
    for (const i of indexes) {
      const row = fresh.get(orders[i].orderId);
      if (row) {
        inserted.push(toStored(row));
        fresh.delete(orders[i].orderId);
      } else duplicateIndexes.push(i);
    }
  }
  return { inserted, duplicateIndexes: duplicateIndexes.sort((a, b) => a - b) };
}

export function toStored(r: Record<string, unknown>): StoredConversion {
  return {
    id: String(r.id),
    orderId: r.order_id as string,
    kind: r.kind as StoredConversion["kind"],
    amount: Number(r.amount),
    currency: (r.currency as string).trim(),
    attribution: r.attribution as StoredConversion["attribution"],
    matchId: (r.match_id as string | null) ?? null,
    campaignId: (r.campaign_id as string | null) ?? null,
    creatorId: (r.creator_id as string | null) ?? null,
    unattributedReason:
      (r.unattributed_reason as StoredConversion["unattributedReason"] | null) ?? null,
  };
}
