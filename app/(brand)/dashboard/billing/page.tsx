// /dashboard/billing – the brand's escrow (balance, top-up, ledger) and its settlements.
import type { Metadata } from "next";
import { SettlementRule } from "@/components/money/rules";
import { SettlementTable } from "@/components/money/settlement-table";
import { TopUpForm } from "@/components/money/top-up-form";
import { ExportLink } from "@/components/money/export-link";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/guards";
import { pool } from "@/lib/db/client";
import { env } from "@/lib/env";
import { formatMoney } from "@/lib/money";
import { formatDateTime } from "@/lib/reporting/format";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { readEscrow } from "@/lib/settlement/read-escrow";

export const metadata: Metadata = { title: "Billing · Creator Match" };

const KIND_LABEL = {
  DEPOSIT: "Top-up",
  HOLD: "Put aside for",
  RELEASE: "Released from hold",
  CAPTURE: "Paid out for",
} as const;

export default async function BillingPage() {
  const user = await requireUser(["BRAND_MANAGER"]);
  const brandId = user.brandIds[0];
  if (!brandId)
    return <EmptyState title="No brand yet">Ask an admin to add you to a brand.</EmptyState>;
  const [escrow, settlements] = await Promise.all([
    readEscrow(pool, brandId),
    listSettlements(pool, { kind: "brand", brandIds: [brandId] }),
  ]);
  const krw = escrow.accounts.find((a) => a.currency === "KRW") ?? {
    currency: "KRW",
    available: "0",
    held: "0",
  };
  return (
    <>
      <PageHeader
        title="Billing"
        description="Money you put aside for your creators, and what each completed match paid."
      />
      <div className="space-y-6">
        <StatGrid label="Escrow balance">
          <StatCard
            label="Available"
            value={formatMoney(BigInt(krw.available), "KRW")}
            definition="Can be put aside for the next accepted proposal."
          />
          <StatCard
            label="Put aside"
            value={formatMoney(BigInt(krw.held), "KRW")}
            definition="Agreed fees of accepted matches, held until they are paid out."
          />
        </StatGrid>
        <Card
          title="Top up"
          description="A proposal can only be accepted once its fee is available here; it is put aside at acceptance."
        >
          <TopUpForm brandId={brandId} />
        </Card>
        <Card title="Settlements" action={<ExportLink table="settlements" />}>
          <SettlementRule platformFeeBp={env().PLATFORM_COMMISSION_BP} />
          <div className="mt-3">
            {settlements.length ? (
              <SettlementTable
                settlements={settlements}
                caption="Settlements"
                show={{ creator: true }}
              />
            ) : (
              <p className="text-sm text-slate-600">No completed match yet.</p>
            )}
          </div>
        </Card>
        <Card title="Escrow ledger" description="Newest first; amounts in won.">
          {escrow.entries.length ? (
            <Table caption="Escrow ledger">
              <THead>
                <TH>When</TH>
                <TH>What</TH>
                <TH align="right">Amount</TH>
              </THead>
              <TBody>
                {escrow.entries.map((e) => (
                  <TR key={e.id}>
                    <TD label="When" primary>
                      {formatDateTime(e.at)}
                    </TD>
                    <TD label="What">
                      {KIND_LABEL[e.kind]}
                      {e.campaignTitle ? ` ${e.campaignTitle} · ${e.creatorName}` : ""}
                    </TD>
                    <TD label="Amount" align="right">
                      {e.kind === "DEPOSIT" ? "+" : e.kind === "CAPTURE" ? "−" : ""}
                      {formatMoney(BigInt(e.amount), e.currency)}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          ) : (
            <p className="text-sm text-slate-600">Nothing yet: top up to get started.</p>
          )}
        </Card>
      </div>
    </>
  );
}
