// The money side of the demo's history, as the app would have written it (lib/settlement):
// every accepted match's fee put aside in its brand's escrow at acceptance; every
// completed match settled (its gross by reported_match_cost, the platform fee and the
// creator's payout as compute-settlement.ts has them), approved by
// an admin a day after completion and paid three days later, so older work is paid,
// the last few days' approved or waiting. A payment releases the hold and
// captures the gross. Each brand's history is covered by a deposit of its own, so the
// ₩100,000,000 the demo starts with (seed.ts) stays available. Derived from the rows
// alone (ids too: md5 of the match), so a re-seed writes the same rows; matches that
// already have a settlement or a hold are left as they are.
import type { Queryable } from "../reporting/queryable.ts";

const APPROVED_AFTER = "1 day";
const PAID_AFTER = "4 days";

/** Settles the completed and holds the accepted demo matches; `platformFeeBp` as in env. */
export async function seedSettlements(
  db: Queryable,
  platformFeeBp: number,
  now: Date = new Date(),
): Promise<{ settlements: number; holds: number }> {
  const { rows } = await db.query<{ settlements: number; holds: number }>(
    `WITH admin AS (
       SELECT id FROM users WHERE role = 'ADMIN' ORDER BY email LIMIT 1
     ),
     won AS (
       SELECT m.id, c.brand_id, m.campaign_id, m.creator_id, m.status, m.agreed_amount AS fee,
              COALESCE(m.commission_rate_bp, 0) AS bp, m.status_changed_at,
              COALESCE((SELECT max(h.created_at) FROM match_status_changes h
                         WHERE h.match_id = m.id AND h.to_status = 'ACCEPTED'),
                       m.status_changed_at) AS accepted_at,
              GREATEST((SELECT COALESCE(sum(v.amount), 0)::bigint FROM conversions v
                         WHERE v.match_id = m.id AND v.currency = 'KRW'), 0) AS revenue
         FROM matches m JOIN campaigns c ON c.id = m.campaign_id
        WHERE m.status IN ('ACCEPTED', 'COMPLETED') AND m.agreed_amount IS NOT NULL
          AND c.currency = 'KRW'
          AND NOT EXISTS (SELECT 1 FROM escrow_entries e WHERE e.match_id = m.id AND e.kind = 'HOLD')
          AND NOT EXISTS (SELECT 1 FROM settlements s WHERE s.match_id = m.id)
     ),
     done AS (
       SELECT won.*, g.gross, div(g.gross * $1::int, 10000)::bigint AS platform_fee,
              CASE WHEN won.status_changed_at + interval '${PAID_AFTER}' <= $2::timestamptz THEN 'PAID'
                   WHEN won.status_changed_at + interval '${APPROVED_AFTER}' <= $2::timestamptz THEN 'APPROVED'
                   ELSE 'PENDING' END::"SettlementStatus" AS settled,
              md5(won.id::text || ':settlement')::uuid AS settlement_id
         -- the gross by the one cost rule (matchCost's SQL twin, migration
         -- 20261207000000_performance_totals), not settled yet
         FROM won, LATERAL (SELECT reported_match_cost(won.fee, won.bp, won.revenue, NULL)::bigint AS gross) g
        WHERE won.status = 'COMPLETED'
     ),
     settlement AS (
       INSERT INTO settlements (id, match_id, brand_id, campaign_id, creator_id, currency, fixed_fee,
                                commission_rate_bp, attributed_revenue, commission, gross,
                                platform_fee_bp, platform_fee, creator_payout, status,
                                approved_at, approved_by_id, paid_at, paid_by_id, created_at)
       SELECT settlement_id, id, brand_id, campaign_id, creator_id, 'KRW', fee, bp, revenue,
              gross - fee, gross, $1::int, platform_fee, gross - platform_fee, settled,
              CASE WHEN settled <> 'PENDING' THEN status_changed_at + interval '${APPROVED_AFTER}' END,
              CASE WHEN settled <> 'PENDING' THEN (SELECT id FROM admin) END,
              CASE WHEN settled = 'PAID' THEN status_changed_at + interval '${PAID_AFTER}' END,
              CASE WHEN settled = 'PAID' THEN (SELECT id FROM admin) END,
              status_changed_at
         FROM done
       RETURNING id
     ),
     steps AS (
       INSERT INTO settlement_status_changes (id, settlement_id, from_status, to_status, actor_id, created_at)
       SELECT md5(d.settlement_id::text || ':' || s.to_status::text)::uuid, d.settlement_id,
              s.from_status, s.to_status, s.actor, s.at
         FROM done d,
              LATERAL (VALUES
                (NULL::"SettlementStatus", 'PENDING'::"SettlementStatus", NULL::uuid, d.status_changed_at, true),
                ('PENDING', 'APPROVED', (SELECT id FROM admin),
                 d.status_changed_at + interval '${APPROVED_AFTER}', d.settled <> 'PENDING'),
                ('APPROVED', 'PAID', (SELECT id FROM admin),
                 d.status_changed_at + interval '${PAID_AFTER}', d.settled = 'PAID')
              ) AS s(from_status, to_status, actor, at, happened)
        WHERE s.happened AND EXISTS (SELECT 1 FROM settlement)
     ),
     moves AS (
       -- the fee put aside at acceptance; released and the gross captured when paid
       SELECT brand_id, id AS match_id, NULL::uuid AS settlement_id, 'HOLD'::"EscrowEntryKind" AS kind,
              fee AS amount, accepted_at AS at
         FROM won
       UNION ALL
       SELECT brand_id, id, settlement_id, 'RELEASE', fee, status_changed_at + interval '${PAID_AFTER}'
         FROM done WHERE settled = 'PAID'
       UNION ALL
       SELECT brand_id, id, settlement_id, 'CAPTURE', gross, status_changed_at + interval '${PAID_AFTER}'
         FROM done WHERE settled = 'PAID'
     ),
     per_brand AS (
       SELECT brand_id,
              sum(CASE kind WHEN 'HOLD' THEN amount WHEN 'RELEASE' THEN -amount ELSE 0 END) AS held,
              sum(CASE kind WHEN 'CAPTURE' THEN amount ELSE 0 END) AS captured,
              min(at) AS first_at
         FROM moves GROUP BY brand_id
     ),
     deposit AS (
       INSERT INTO escrow_entries (brand_id, currency, kind, amount, payment_reference, created_at)
       SELECT brand_id, 'KRW', 'DEPOSIT', held + captured,
              'demo_seed_history_' || brand_id || ':' || md5(string_agg_ids.ids), first_at - interval '1 day'
         FROM per_brand,
              LATERAL (SELECT string_agg(match_id::text, ',' ORDER BY match_id) AS ids
                         FROM moves WHERE moves.brand_id = per_brand.brand_id) string_agg_ids
        WHERE held + captured > 0
     ),
     entries AS (
       INSERT INTO escrow_entries (brand_id, currency, kind, amount, match_id, settlement_id, created_at)
       SELECT brand_id, 'KRW', kind, amount, match_id, settlement_id, at FROM moves WHERE amount > 0
       RETURNING kind
     ),
     accounts AS (
       UPDATE escrow_accounts a SET held = a.held + p.held, updated_at = $2::timestamptz
         FROM per_brand p
        WHERE a.brand_id = p.brand_id AND a.currency = 'KRW'
     )
     SELECT (SELECT count(*)::int FROM settlement) AS settlements,
            (SELECT count(*)::int FROM entries WHERE kind = 'HOLD') AS holds`,
    [platformFeeBp, now.toISOString()],
  );
  return rows[0]!;
}
