// Settlements as their viewer may see them, newest first, each with its status history
// (the creator's payment timeline). Amounts leave as decimal strings of minor units:
// JSON numbers could not carry a BigInt past 2^53.
import type { Queryable } from "../reporting/queryable.ts";
import { SETTLEMENT_LIST_MAX } from "./schemas.ts";
import { scopeCondition, type SettlementScope } from "./scope.ts";
import type { SettlementStatus } from "./advance-settlement.ts";

export type SettlementView = {
  id: string;
  matchId: string;
  brandId: string;
  brandName: string;
  campaignId: string;
  campaignTitle: string;
  creatorId: string;
  creatorName: string;
  currency: string;
  fixedFee: string;
  commissionRateBp: number;
  attributedRevenue: string;
  commission: string;
  gross: string;
  platformFeeBp: number;
  platformFee: string;
  creatorPayout: string;
  status: SettlementStatus;
  createdAt: string;
  approvedAt: string | null;
  paidAt: string | null;
  history: { from: SettlementStatus | null; to: SettlementStatus; by: string | null; at: string }[];
};

export async function listSettlements(
  db: Queryable,
  scope: SettlementScope,
  opts: {
    /** one status, or any of several */
    status?: SettlementStatus | readonly SettlementStatus[];
    settlementId?: string;
    limit?: number;
  } = {},
): Promise<SettlementView[]> {
  const cond = scopeCondition(scope, 4);
  const { rows } = await db.query(
    `SELECT s.id, s.match_id, s.brand_id, b.name AS brand_name, s.campaign_id, c.title AS campaign_title,
            s.creator_id, cr.display_name AS creator_name, s.currency, s.fixed_fee::text,
            s.commission_rate_bp, s.attributed_revenue::text, s.commission::text, s.gross::text,
            s.platform_fee_bp, s.platform_fee::text, s.creator_payout::text, s.status::text,
            s.created_at, s.approved_at, s.paid_at,
            COALESCE((SELECT json_agg(json_build_object('from', h.from_status, 'to', h.to_status,
                                                        'by', u.name, 'at', h.created_at)
                                      ORDER BY h.created_at)
                        FROM settlement_status_changes h LEFT JOIN users u ON u.id = h.actor_id
                       WHERE h.settlement_id = s.id), '[]') AS history
       FROM settlements s
       JOIN brands b ON b.id = s.brand_id
       JOIN campaigns c ON c.id = s.campaign_id
       JOIN creators cr ON cr.id = s.creator_id
      WHERE ($1::"SettlementStatus"[] IS NULL OR s.status = ANY($1::"SettlementStatus"[]))
        AND ($2::uuid IS NULL OR s.id = $2::uuid) ${cond.sql}
      ORDER BY s.created_at DESC, s.id
      LIMIT $3`,
    [
      opts.status === undefined ? null : [opts.status].flat(),
      opts.settlementId ?? null,
      Math.min(opts.limit ?? SETTLEMENT_LIST_MAX, SETTLEMENT_LIST_MAX),
      ...cond.params,
    ],
  );
  return rows.map((r) => ({
    id: r.id,
    matchId: r.match_id,
    brandId: r.brand_id,
    brandName: r.brand_name,
    campaignId: r.campaign_id,
    campaignTitle: r.campaign_title,
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    currency: r.currency.trim(),
    fixedFee: r.fixed_fee,
    commissionRateBp: r.commission_rate_bp,
    attributedRevenue: r.attributed_revenue,
    commission: r.commission,
    gross: r.gross,
    platformFeeBp: r.platform_fee_bp,
    platformFee: r.platform_fee,
    creatorPayout: r.creator_payout,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    approvedAt: r.approved_at?.toISOString() ?? null,
    paidAt: r.paid_at?.toISOString() ?? null,
    history: (
      r.history as {
        from: SettlementStatus | null;
        to: SettlementStatus;
        by: string | null;
        at: string;
      }[]
    ).map((h) => ({ ...h, at: new Date(h.at).toISOString() })),
  }));
}
