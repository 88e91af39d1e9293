// Monthly statements: per creator and month, what was earned, the platform's share,
// the payout, and how much of it is paid.
import { getTranslations } from "next-intl/server";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { getFormat } from "@/lib/i18n/get-format";
import type { MonthlyStatement } from "@/lib/settlement/monthly-statements";

export async function StatementTable({
  statements,
  showCreator = false,
}: {
  statements: MonthlyStatement[];
  showCreator?: boolean;
}) {
  const t = await getTranslations("money.statements");
  const { formatMoney } = await getFormat();
  if (!statements.length) return <p className="text-sm text-slate-600">{t("none")}</p>;
  const money = (s: MonthlyStatement, v: string) => formatMoney(BigInt(v), s.currency);
  return (
    <Table caption={t("caption")}>
      <THead>
        <TH>{t("month")}</TH>
        {showCreator ? <TH>{t("creator")}</TH> : null}
        <TH align="right">{t("matches")}</TH>
        <TH align="right">{t("gross")}</TH>
        <TH align="right">{t("platformFee")}</TH>
        <TH align="right">{t("payout")}</TH>
        <TH align="right">{t("paid")}</TH>
        <TH align="right">{t("outstanding")}</TH>
      </THead>
      <TBody>
        {statements.map((s) => (
          <TR key={`${s.creatorId}-${s.month}-${s.currency}`}>
            <TD label={t("month")} primary>
              <span className="font-medium">{s.month}</span>
            </TD>
            {showCreator ? <TD label={t("creator")}>{s.creatorName}</TD> : null}
            <TD label={t("matches")} align="right">
              {s.settlements}
            </TD>
            <TD label={t("gross")} align="right">
              {money(s, s.gross)}
            </TD>
            <TD label={t("platformFee")} align="right">
              {money(s, s.platformFee)}
            </TD>
            <TD label={t("payout")} align="right">
              {money(s, s.creatorPayout)}
            </TD>
            <TD label={t("paid")} align="right">
              {money(s, s.paid)}
            </TD>
            <TD label={t("outstanding")} align="right">
              {money(s, s.outstanding)}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
