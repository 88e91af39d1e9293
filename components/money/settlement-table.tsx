// Settlements as a table (a card per row on phones): what the brand pays, the platform
// fee and the creator's payout, with the status. Admins get the approve / pay buttons.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { getFormat } from "@/lib/i18n/get-format";
import type { SettlementView } from "@/lib/settlement/list-settlements";
import { formatBp } from "./rules";
import { SettlementBadge } from "./settlement-status";

export async function SettlementTable({
  settlements,
  caption,
  show,
  action,
}: {
  settlements: SettlementView[];
  /** names the table for screen readers; "Settlements" by default */
  caption?: string;
  show: { brand?: boolean; creator?: boolean };
  action?: (s: SettlementView) => ReactNode;
}) {
  const t = await getTranslations("money.table");
  const { formatMoney, formatDate } = await getFormat();
  const money = (s: SettlementView, v: string) => formatMoney(BigInt(v), s.currency);
  return (
    <Table caption={caption ?? t("caption")}>
      <THead>
        <TH>{t("campaign")}</TH>
        {show.brand ? <TH>{t("brand")}</TH> : null}
        {show.creator ? <TH>{t("creator")}</TH> : null}
        <TH align="right">{t("fee")}</TH>
        <TH align="right">{t("commission")}</TH>
        <TH align="right">{t("gross")}</TH>
        <TH align="right">{t("platformFee")}</TH>
        <TH align="right">{t("payout")}</TH>
        <TH>{t("status")}</TH>
        {action ? <TH>{t("action")}</TH> : null}
      </THead>
      <TBody>
        {settlements.map((s) => (
          <TR key={s.id}>
            <TD label={t("campaign")} primary>
              <span className="font-medium text-slate-900">{s.campaignTitle}</span>
              <span className="block text-xs text-slate-500">
                {t("completed", { date: formatDate(s.createdAt) })}
              </span>
            </TD>
            {show.brand ? <TD label={t("brand")}>{s.brandName}</TD> : null}
            {show.creator ? <TD label={t("creator")}>{s.creatorName}</TD> : null}
            <TD label={t("fee")} align="right">
              {money(s, s.fixedFee)}
            </TD>
            <TD label={t("commission")} align="right">
              {money(s, s.commission)}
              {s.commissionRateBp > 0 ? (
                <span className="block text-xs text-slate-500">
                  {t("commissionOf", {
                    rate: formatBp(s.commissionRateBp),
                    revenue: money(s, s.attributedRevenue),
                  })}
                </span>
              ) : null}
            </TD>
            <TD label={t("gross")} align="right">
              {money(s, s.gross)}
            </TD>
            <TD label={t("platformFee")} align="right">
              {money(s, s.platformFee)}
            </TD>
            <TD label={t("payout")} align="right">
              <strong>{money(s, s.creatorPayout)}</strong>
            </TD>
            <TD label={t("status")}>
              <SettlementBadge status={s.status} />
            </TD>
            {action ? <TD label={t("action")}>{action(s)}</TD> : null}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
