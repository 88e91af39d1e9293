// /admin/settlements – every settlement, to approve and pay (paying captures the money
// from the brand's escrow), and the monthly statements per creator.
import type { Metadata } from "next";
import { SettlementRule } from "@/components/money/rules";
import { SettlementActions } from "@/components/money/settlement-actions";
import { SettlementTable } from "@/components/money/settlement-table";
import { StatementTable } from "@/components/money/statement-table";
import { ExportLink } from "@/components/money/export-link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { monthlyStatements } from "@/lib/settlement/monthly-statements";

export const metadata: Metadata = { title: "Settlements · Creator Match" };

export default async function AdminSettlementsPage() {
  await requireUser(["ADMIN"]);
  const [settlements, statements] = await Promise.all([
    listSettlements(pool, { kind: "admin" }),
    monthlyStatements(pool, { kind: "admin" }),
  ]);
  const open = settlements.filter((s) => s.status !== "PAID");
  const paid = settlements.filter((s) => s.status === "PAID");
  return (
    <>
      <PageHeader
        title="Settlements"
        description="Approve completed matches, then mark them paid."
      />
      <div className="space-y-6">
        <Card
          title={`To approve or pay (${open.length})`}
          action={<ExportLink table="settlements" />}
        >
          <SettlementRule platformFeeBp={env().PLATFORM_COMMISSION_BP} />
          <div className="mt-3">
            {open.length ? (
              <SettlementTable
                settlements={open}
                caption="Open settlements"
                show={{ brand: true, creator: true }}
                action={(s) => <SettlementActions id={s.id} status={s.status} />}
              />
            ) : (
              <p className="text-sm text-slate-600">Nothing waiting.</p>
            )}
          </div>
        </Card>
        <Card title={`Paid (${paid.length})`}>
          {paid.length ? (
            <SettlementTable
              settlements={paid}
              caption="Paid settlements"
              show={{ brand: true, creator: true }}
            />
          ) : (
            <p className="text-sm text-slate-600">Nothing paid yet.</p>
          )}
        </Card>
        <Card
          title="Monthly statements"
          description="Per creator and month of completion (Korean time)."
          action={<ExportLink table="statements" />}
        >
          <StatementTable statements={statements} showCreator />
        </Card>
      </div>
    </>
  );
}
