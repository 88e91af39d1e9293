// The settlement of a match, written when the match is completed (inside the
// workflow's transaction): the agreed fee, the commission on the revenue attributed
// to the match so far (orders minus refunds in the match's currency), the platform fee
// and the creator's payout (compute-settlement.ts), status PENDING with its first
// history row. Later refunds do not reopen it. Once per match (unique match_id).
import { env } from "../env.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { computeSettlement } from "./compute-settlement.ts";

export async function createSettlement(
  db: Queryable,
  matchId: string,
  actorId: string | null,
  platformFeeBp: number = env().PLATFORM_COMMISSION_BP,
): Promise<string | null> {
  const { rows } = await db.query(
    `SELECT m.campaign_id, m.creator_id, c.brand_id, m.currency,
            COALESCE(m.agreed_amount, m.offer_amount, 0)::text AS fee,
            COALESCE(m.commission_rate_bp, 0) AS rate_bp,
            (SELECT COALESCE(sum(v.amount), 0) FROM conversions v
              WHERE v.match_id = m.id AND v.currency = m.currency)::text AS revenue
       FROM matches m JOIN campaigns c ON c.id = m.campaign_id
      WHERE m.id = $1`,
    [matchId],
  );
  const m = rows[0];
  if (!m) return null;
  const fixedFee = BigInt(m.fee);
  const attributedRevenue = BigInt(m.revenue);
  const s = computeSettlement({
    fixedFee,
    commissionRateBp: m.rate_bp,
    attributedRevenue,
    platformFeeBp,
  });
  // The settlement and its first history row in one statement.
  const created = await db.query(
    `WITH s AS (
       INSERT INTO settlements (id, match_id, brand_id, campaign_id, creator_id, currency, fixed_fee,
                                commission_rate_bp, attributed_revenue, commission, gross,
                                platform_fee_bp, platform_fee, creator_payout)
       VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (match_id) DO NOTHING RETURNING id
     ), first_step AS (
       INSERT INTO settlement_status_changes (id, settlement_id, from_status, to_status, actor_id,
                                              note, created_at)
       SELECT gen_random_uuid(), s.id, NULL, 'PENDING', $14, NULL, clock_timestamp() FROM s
     )
     SELECT id FROM s`,
    [
      matchId,
      m.brand_id,
      m.campaign_id,
      m.creator_id,
      m.currency.trim(),
      String(fixedFee),
      m.rate_bp,
      String(attributedRevenue),
      String(s.commission),
      String(s.gross),
      platformFeeBp,
      String(s.platformFee),
      String(s.creatorPayout),
      actorId,
    ],
  );
  return (created.rows[0]?.id as string | undefined) ?? null;
}

export async function recordSettlementStep(
  db: Queryable,
  settlementId: string,
  from: string | null,
  to: string,
  actorId: string | null,
  note: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO settlement_status_changes (id, settlement_id, from_status, to_status, actor_id, note, created_at)
     VALUES (gen_random_uuid(), $1, $2::"SettlementStatus", $3::"SettlementStatus", $4, $5, clock_timestamp())`,
    [settlementId, from, to, actorId, note],
  );
}
