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
};

export type RecordResult = {
  /** rows written now: orders, then refunds, each in input order */
  inserted: StoredConversion[];
  /** input indexes already stored (same brand, order id and kind) */
  duplicateIndexes: number[];
};

const INSERT_SQL = `
WITH input AS (
  SELECT * FROM unnest($2::text[], $3::"ConversionKind"[], $4::timestamptz[], $5::text[],
                       $6::int[], $7::bigint[], $8::text[], $9::text[], $10::text[])
           WITH ORDINALITY AS t(order_id, kind, occurred_at, product, quantity, amount,
                                currency, click_id, promo_code, n)
),
attributed AS (
  SELECT i.*,
         COALESCE(ord.attribution,
                  CASE WHEN ck.link_id IS NOT NULL THEN 'CLICK'
                       WHEN pc.match_id IS NOT NULL THEN 'PROMO_CODE'
                       ELSE 'NONE' END::"AttributionMethod") AS attribution,
         CASE WHEN ord.attribution IS NOT NULL THEN ord.link_id ELSE ck.link_id END AS link_id,
         CASE WHEN ord.attribution IS NOT NULL THEN ord.match_id
              ELSE COALESCE(ck.match_id, pc.match_id) END AS match_id,
         CASE WHEN ord.attribution IS NOT NULL THEN ord.campaign_id
              ELSE COALESCE(ck.campaign_id, pc.campaign_id) END AS campaign_id,
         CASE WHEN ord.attribution IS NOT NULL THEN ord.creator_id
              ELSE COALESCE(ck.creator_id, pc.creator_id) END AS creator_id
    FROM input i
    LEFT JOIN LATERAL (
      SELECT o.attribution, o.link_id, o.match_id, o.campaign_id, o.creator_id
        FROM conversions o
       WHERE i.kind = 'REFUND' AND o.brand_id = $1 AND o.order_id = i.order_id AND o.kind = 'ORDER'
    ) ord ON true
    LEFT JOIN LATERAL (
      SELECT c.link_id, c.match_id, c.campaign_id, c.creator_id
        FROM clicks c JOIN tracking_links l ON l.id = c.link_id
       WHERE c.click_id = i.click_id AND l.brand_id = $1
         AND c.clicked_at <= i.occurred_at
         AND c.clicked_at > i.occurred_at - make_interval(days => $12)
    ) ck ON true
    LEFT JOIN LATERAL (
      SELECT p.match_id, p.campaign_id, p.creator_id
        FROM promo_codes p
       WHERE ck.link_id IS NULL AND p.brand_id = $1 AND p.code = upper(i.promo_code)
         AND (p.expires_at IS NULL OR p.expires_at >= i.occurred_at)
    ) pc ON true
)
INSERT INTO conversions (brand_id, order_id, kind, source, occurred_at, product, quantity,
                         amount, currency, click_id, promo_code, attribution, link_id,
                         match_id, campaign_id, creator_id, import_id)
SELECT $1, order_id, kind, $11::"ConversionSource", occurred_at, product, quantity,
       CASE WHEN kind = 'REFUND' THEN -amount ELSE amount END, currency, click_id, promo_code,
       attribution, link_id, match_id, campaign_id, creator_id, $13
  FROM attributed ORDER BY n
ON CONFLICT (brand_id, order_id, kind) DO NOTHING
RETURNING id::text, order_id, kind::text, amount::text, currency, attribution::text,
          match_id, campaign_id, creator_id`;

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
  };
}
