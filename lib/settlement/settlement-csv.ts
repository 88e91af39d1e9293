// The settlement tables as CSV, for whoever may see them (the caller passes its scope).
import { formatCsv } from "../csv/format-csv.ts";
import type { Queryable } from "../reporting/queryable.ts";
import { listSettlements } from "./list-settlements.ts";
import { monthlyStatements } from "./monthly-statements.ts";
import type { SettlementScope } from "./scope.ts";

export async function settlementsCsv(db: Queryable, scope: SettlementScope): Promise<string> {
  const rows = await listSettlements(db, scope);
  return formatCsv(
    [
      "settlement_id",
      "completed_at",
      "brand",
      "campaign",
      "creator",
      "currency",
      "fixed_fee",
      "commission_rate_bp",
      "attributed_revenue",
      "commission",
      "gross",
      "platform_fee_bp",
      "platform_fee",
      "creator_payout",
      "status",
      "approved_at",
      "paid_at",
    ],
    rows.map((s) => [
      s.id,
      s.createdAt,
      s.brandName,
      s.campaignTitle,
      s.creatorName,
      s.currency,
      s.fixedFee,
      s.commissionRateBp,
      s.attributedRevenue,
      s.commission,
      s.gross,
      s.platformFeeBp,
      s.platformFee,
      s.creatorPayout,
      s.status,
      s.approvedAt,
      s.paidAt,
    ]),
  );
}

export async function statementsCsv(db: Queryable, scope: SettlementScope): Promise<string> {
  const rows = await monthlyStatements(db, scope);
  return formatCsv(
    [
      "month",
      "creator",
      "currency",
      "settlements",
      "gross",
      "platform_fee",
      "creator_payout",
      "paid",
      "outstanding",
    ],
    rows.map((r) => [
      r.month,
      r.creatorName,
      r.currency,
      r.settlements,
      r.gross,
      r.platformFee,
      r.creatorPayout,
      r.paid,
      r.outstanding,
    ]),
  );
}
