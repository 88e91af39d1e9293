// /dashboard/billing – the brand's escrow (balance, top-up, ledger) and its settlements.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportLink } from "@/components/money/export-link";
import { SettlementRule } from "@/components/money/rules";
import { SettlementTable } from "@/components/money/settlement-table";
import { TopUpForm } from "@/components/money/top-up-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard, StatGrid } from "@/components/ui/stat-card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { BrandPicker } from "@/components/money/brand-picker";
import { requireUser } from "@/lib/auth/guards";
import { pickBrand } from "../pick-brand";
import { pool } from "@/lib/db/client";
import { getFormat } from "@/lib/i18n/get-format";
import { listSettlements } from "@/lib/settlement/list-settlements";
import { readEscrow } from "@/lib/settlement/read-escrow";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("money.billing"))("metaTitle") };
}

// the newest; the export has them all
const SETTLEMENTS_SHOWN = 50;

export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<{ brand?: string | string[] }>;
}) {
  const user = await requireUser(["BRAND_MANAGER"]);
  const t = await getTranslations("money.billing");
  const tm = await getTranslations("money");
  const { formatMoney, formatDateTime } = await getFormat();
  const picked = await pickBrand(user, searchParams);
  const brandId = picked.brandId;
  if (!brandId) return <EmptyState title={tm("noBrand.title")}>{tm("noBrand.body")}</EmptyState>;
  const [escrow, settlements] = await Promise.all([
    readEscrow(pool, brandId),
    listSettlements(pool, { kind: "brand", brandIds: [brandId] }, { limit: SETTLEMENTS_SHOWN }),
  ]);
  const krw = escrow.accounts.find((a) => a.currency === "KRW") ?? {
    currency: "KRW",
    available: "0",
    held: "0",
  };
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <BrandPicker brands={picked.brands} selected={brandId} />
      <div className="space-y-6">
        <StatGrid label={t("balanceLabel")}>
          <StatCard
            label={t("available")}
            value={formatMoney(BigInt(krw.available), "KRW")}
            definition={t("availableDefinition")}
          />
          <StatCard
            label={t("held")}
            value={formatMoney(BigInt(krw.held), "KRW")}
            definition={t("heldDefinition")}
          />
        </StatGrid>
        <Card title={t("topUpTitle")} description={t("topUpDescription")}>
          <TopUpForm brandId={brandId} />
        </Card>
        <Card
          title={t("settlementsTitle")}
          description={
            settlements.length === SETTLEMENTS_SHOWN
              ? t("settlementsLatest", { count: SETTLEMENTS_SHOWN })
              : undefined
          }
          action={<ExportLink table="settlements" />}
        >
          <SettlementRule />
          <div className="mt-3">
            {settlements.length ? (
              <SettlementTable settlements={settlements} show={{ creator: true }} />
            ) : (
              <p className="text-sm text-slate-600">{t("noSettlements")}</p>
            )}
          </div>
        </Card>
        <Card title={t("ledgerTitle")} description={t("ledgerDescription")}>
          {escrow.entries.length ? (
            <Table caption={t("ledgerTitle")}>
              <THead>
                <TH>{t("when")}</TH>
                <TH>{t("what")}</TH>
                <TH align="right">{t("amount")}</TH>
              </THead>
              <TBody>
                {escrow.entries.map((e) => (
                  <TR key={e.id}>
                    <TD label={t("when")} primary>
                      {formatDateTime(e.at)}
                    </TD>
                    <TD label={t("what")}>
                      {t(`kind.${e.kind}`, {
                        campaign: e.campaignTitle ?? "—",
                        creator: e.creatorName ?? "—",
                      })}
                    </TD>
                    <TD label={t("amount")} align="right">
                      {e.kind === "DEPOSIT" ? "+" : e.kind === "CAPTURE" ? "−" : ""}
                      {formatMoney(BigInt(e.amount), e.currency)}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          ) : (
            <p className="text-sm text-slate-600">{t("ledgerEmpty")}</p>
          )}
        </Card>
      </div>
    </>
  );
}
