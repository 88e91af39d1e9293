// /creator/payments – the creator's money: fees brands have put aside for accepted
// matches, each settlement's timeline, and monthly statements.
import type { Metadata } from "next";
import { PaymentTimeline } from "@/components/money/payment-timeline";
import { SettlementRule } from "@/components/money/rules";
import { SettlementBadge } from "@/components/money/settlement-status";
import { StatementTable } from "@/components/money/statement-table";
import { ExportLink } from "@/components/money/export-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { formatDate } from "@/lib/reporting/format";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { monthlyStatements } from "@/lib/settlement/monthly-statements";
import { creatorHolds } from "@/lib/settlement/read-escrow";

export const metadata: Metadata = { title: "Payments · Creator Match" };

export default async function CreatorPaymentsPage() {
  const user = await requireUser(["CREATOR"]);
  const scope = { kind: "creator" as const, creatorId: user.creatorId };
  const [holds, settlements, statements] = await Promise.all([
    creatorHolds(pool, user.creatorId),
    listSettlements(pool, scope),
    monthlyStatements(pool, scope),
  ]);
  const heldAt = new Map(holds.map((h) => [h.matchId, h.heldAt]));
  const settled = new Set(settlements.map((s) => s.matchId));
  const upcoming = holds.filter((h) => !h.released && !settled.has(h.matchId));
  return (
    <>
      <PageHeader
        title="Payments"
        description="What brands have put aside for you, and where each payment stands."
      />
      <div className="space-y-6">
        <Card
          title="Put aside for you"
          description="Agreed fees the brand has already deposited with the platform: they are paid after the work is completed and approved."
        >
          {upcoming.length ? (
            <ul className="space-y-2 text-sm">
              {upcoming.map((h) => (
                <li key={h.matchId} className="flex flex-wrap justify-between gap-2">
                  <span>
                    <strong>{h.campaignTitle}</strong> · {h.brandName}
                  </span>
                  <span className="tabular-nums">
                    {formatMoney(BigInt(h.amount), h.currency)} since {formatDate(h.heldAt)}
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">
              Nothing waiting: accepted proposals appear here.
            </p>
          )}
        </Card>
        <Card title="Settlements" action={<ExportLink table="settlements" />}>
          <SettlementRule platformFeeBp={env().PLATFORM_COMMISSION_BP} />
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {settlements.length ? (
              settlements.map((s) => (
                <section key={s.id} className="rounded-lg border border-slate-200 p-3">
                  <header className="mb-2 flex flex-wrap items-center justify-between gap-2">
                    <h3 className="font-medium text-slate-900">
                      {s.campaignTitle} · {s.brandName}
                    </h3>
                    <SettlementBadge status={s.status} />
                  </header>
                  <p className="mb-3 text-xs text-slate-600">
                    Gross {formatMoney(BigInt(s.gross), s.currency)} − platform fee{" "}
                    {formatMoney(BigInt(s.platformFee), s.currency)} = payout{" "}
                    <strong>{formatMoney(BigInt(s.creatorPayout), s.currency)}</strong>
                  </p>
                  <PaymentTimeline settlement={s} heldAt={heldAt.get(s.matchId) ?? null} />
                </section>
              ))
            ) : (
              <p className="text-sm text-slate-600">No completed match yet.</p>
            )}
          </div>
        </Card>
        <Card
          title="Monthly statements"
          description="By month of completion (Korean time)."
          action={<ExportLink table="statements" />}
        >
          <StatementTable statements={statements} />
        </Card>
      </div>
    </>
  );
}
