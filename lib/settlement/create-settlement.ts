// The settlement of a match, written when the match is completed (part of the step's
// statement, lib/matches/step-statement.ts): the agreed fee, the commission on the revenue attributed
// to the match so far (orders minus refunds in the match's currency), the platform fee
// and the creator's payout (compute-settlement.ts), status PENDING with its first
// history row. Later refunds do not reopen it. Once per match (unique match_id).
import type { SqlParams } from "../db/sql-params.ts";
import { env } from "../env.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { computeSettlement } from "./compute-settlement.ts";

export type SettlementBasis = {
  fixedFee: bigint;
  commissionRateBp: number;
  /** orders minus refunds in the match's currency, so far */
  attributedRevenue: bigint;
};

/**
 * What a match's settlement is computed from, and the match's version it was read at;
 * null for an unknown match or one outside `scope` (an `AND …` condition on alias m
 * whose placeholders start at $2).
 */
export async function readSettlementBasis(
  db: Queryable,
  matchId: string,
  scope: { sql: string; params: unknown[] } = { sql: "", params: [] },
): Promise<(SettlementBasis & { version: number }) | null> {
  const { rows } = await db.query(
    `SELECT m.version, COALESCE(m.agreed_amount, m.offer_amount, 0)::text AS fee,
            COALESCE(m.commission_rate_bp, 0) AS rate_bp,
            (SELECT COALESCE(sum(v.amount), 0) FROM conversions v
              WHERE v.match_id = m.id AND v.currency = m.currency)::text AS revenue
       FROM matches m
      WHERE m.id = $1 ${scope.sql}`,
    [matchId, ...scope.params],
  );
  const m = rows[0];
  if (!m) return null;
  return {
    version: m.version,
    fixedFee: BigInt(m.fee),
    commissionRateBp: m.rate_bp,
    attributedRevenue: BigInt(m.revenue),
  };
}

/**
 * The settlement and its first history row as data-modifying CTEs (`settlement`,
 * `settlement_first_step`) for the caller's statement; nothing when `gate` (an earlier
 * CTE) returns no row, and nothing twice for a match (unique match_id).
 */
export function settlementCtes(
  p: SqlParams,
  match: { id: string; brandId: string; campaignId: string; creatorId: string; currency: string },
  basis: SettlementBasis,
  actorId: string | null,
  gate?: string,
  platformFeeBp: number = env().PLATFORM_COMMISSION_BP,
): string[] {
  const s = computeSettlement({ ...basis, platformFeeBp });
  const values = [
    [match.id, "uuid"],
    [match.brandId, "uuid"],
    [match.campaignId, "uuid"],
    [match.creatorId, "uuid"],
    [match.currency.trim(), "char(3)"],
    [String(basis.fixedFee), "bigint"],
    [basis.commissionRateBp, "int"],
    [String(basis.attributedRevenue), "bigint"],
    [String(s.commission), "bigint"],
    [String(s.gross), "bigint"],
    [platformFeeBp, "int"],
    [String(s.platformFee), "bigint"],
    [String(s.creatorPayout), "bigint"],
  ] as const;
  return [
    `settlement AS (
       INSERT INTO settlements (id, match_id, brand_id, campaign_id, creator_id, currency, fixed_fee,
                                commission_rate_bp, attributed_revenue, commission, gross,
                                platform_fee_bp, platform_fee, creator_payout)
       SELECT gen_random_uuid(), ${values.map(([v, type]) => `${p.add(v)}::${type}`).join(", ")}
        ${gate ? `WHERE EXISTS (SELECT 1 FROM ${gate})` : ""}
       ON CONFLICT (match_id) DO NOTHING RETURNING id
     )`,
    `settlement_first_step AS (
       INSERT INTO settlement_status_changes (id, settlement_id, from_status, to_status, actor_id,
                                              note, created_at)
       SELECT gen_random_uuid(), s.id, NULL, 'PENDING', ${p.add(actorId)}::uuid, NULL,
              clock_timestamp()
         FROM settlement s
     )`,
  ];
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
