// The workflow state of one match as the caller may see it: status, version, review,
// the offer on the table and who the parties are. Not found (null) outside the tenant.
import type { MatchStatus, ReviewStatus } from "../db/generated/enums.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { scopeCondition, type WorkflowActor } from "./actor.ts";

export type MatchState = {
  id: string;
  status: MatchStatus;
  version: number;
  reviewStatus: ReviewStatus;
  campaignId: string;
  campaignTitle: string;
  brandId: string;
  brandName: string;
  creatorId: string;
  creatorName: string;
  creatorUserId: string | null;
  currency: string;
  /** the newest offer, null for matches from before offers were stored */
  offer: { side: "BRAND" | "CREATOR"; amount: number; commissionRateBp: number } | null;
  /** whether the brand has an escrow account in the match's currency (a fee's hold needs one) */
  escrowAccount: boolean;
};

export async function readMatchState(
  db: Queryable,
  actor: WorkflowActor,
  matchId: string,
): Promise<MatchState | null> {
  const scope = scopeCondition(actor, 2);
  const { rows } = await db.query(
    `SELECT m.id, m.status::text AS status, m.version, m.review_status::text AS review_status,
            m.campaign_id, c.title AS campaign_title, c.brand_id, b.name AS brand_name,
            m.creator_id, cr.display_name AS creator_name, cr.user_id AS creator_user_id,
            m.currency, m.offer_amount, m.commission_rate_bp, o.side::text AS offer_side,
            o.amount AS offer_amount_now, o.commission_rate_bp AS offer_commission_bp,
            EXISTS (SELECT 1 FROM escrow_accounts a
                     WHERE a.brand_id = c.brand_id AND a.currency = m.currency) AS escrow_account
       FROM matches m
       JOIN campaigns c ON c.id = m.campaign_id
       JOIN brands b ON b.id = c.brand_id
       JOIN creators cr ON cr.id = m.creator_id
       LEFT JOIN LATERAL (
         SELECT side, amount, commission_rate_bp FROM match_offers
          WHERE match_id = m.id ORDER BY created_at DESC, id DESC LIMIT 1
       ) o ON true
      WHERE m.id = $1 ${scope.sql}`,
    [matchId, ...scope.params],
  );
  const r = rows[0];
  if (!r) return null;
  const offer =
    r.offer_side !== null
      ? {
          side: r.offer_side,
          amount: Number(r.offer_amount_now),
          commissionRateBp: r.offer_commission_bp as number,
        }
      : r.offer_amount !== null
        ? {
            side: "BRAND" as const,
            amount: Number(r.offer_amount),
            // matches from before offers were stored keep the rate written on the match
            commissionRateBp: (r.commission_rate_bp as number | null) ?? 0,
          }
        : null;
  return {
    id: r.id,
    status: r.status,
    version: r.version,
    reviewStatus: r.review_status,
    campaignId: r.campaign_id,
    campaignTitle: r.campaign_title,
    brandId: r.brand_id,
    brandName: r.brand_name,
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    creatorUserId: r.creator_user_id,
    currency: r.currency.trim(),
    offer,
    escrowAccount: r.escrow_account,
  };
}
