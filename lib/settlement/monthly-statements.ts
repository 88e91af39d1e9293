// Monthly statements per creator, computed from the settlements (no table to keep in
// step): one row per creator and calendar month of completion in Korean time, with the
// totals and how much of it is paid. Scoped like the settlements.
import { DISPLAY_TIME_ZONE } from "../reporting/format.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { scopeCondition, type SettlementScope } from "./scope.ts";

export type MonthlyStatement = {
  creatorId: string;
  creatorName: string;
  month: string; // YYYY-MM
  currency: string;
  settlements: number;
  gross: string;
  platformFee: string;
  creatorPayout: string;
  paid: string;
  outstanding: string;
};

export async function monthlyStatements(
  db: Queryable,
  scope: SettlementScope,
  /** a page's share: the newest `limit` rows (month, then creator); all for an export */
  opts: { limit?: number } = {},
): Promise<MonthlyStatement[]> {
  const cond = scopeCondition(scope, 3);
  const { rows } = await db.query(
    `SELECT s.creator_id, cr.display_name AS creator_name,
            to_char(s.created_at AT TIME ZONE $1, 'YYYY-MM') AS month, s.currency,
            count(*)::int AS n, sum(s.gross)::text AS gross, sum(s.platform_fee)::text AS platform_fee,
            sum(s.creator_payout)::text AS payout,
            COALESCE(sum(s.creator_payout) FILTER (WHERE s.status = 'PAID'), 0)::text AS paid
       FROM settlements s JOIN creators cr ON cr.id = s.creator_id
      WHERE true ${cond.sql}
      GROUP BY 1, 2, 3, 4
      ORDER BY 3 DESC, 2, 1
      LIMIT $2`,
    [DISPLAY_TIME_ZONE, Math.min(opts.limit ?? 5000, 5000), ...cond.params],
  );
  return rows.map((r) => ({
    creatorId: r.creator_id,
    creatorName: r.creator_name,
    month: r.month,
    currency: r.currency.trim(),
    settlements: r.n,
    gross: r.gross,
    platformFee: r.platform_fee,
    creatorPayout: r.payout,
    paid: r.paid,
    outstanding: String(BigInt(r.payout) - BigInt(r.paid)),
  }));
}
