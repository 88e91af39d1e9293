// The report's two tables: figures per creator, and forecast against actual, in the
// app's table kit (rows become cards on a phone). Money in the campaign's currency.
import { useTranslations } from "next-intl";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import { useFormat } from "@/lib/i18n/use-format";
import type {
  CreatorReportRow,
  ForecastReportRow,
} from "@/lib/reporting/campaign/get-campaign-report";

const CREATOR_COLUMNS = [
  "views",
  "clicks",
  "ctr",
  "orders",
  "revenue",
  "cost",
  "roi",
  "roas",
  "cpa",
] as const;

export function CreatorTable({ rows, currency }: { rows: CreatorReportRow[]; currency: string }) {
  const t = useTranslations("report");
  const te = useTranslations("enums");
  const tt = useTranslations("moneyTerms");
  const tm = useTranslations("money");
  const { formatInteger, formatMoney, formatMultiple, formatPercent } = useFormat();
  const money = (n: number | null) => formatMoney(n, currency);
  return (
    <Table caption={t("perCreator")}>
      <THead>
        <TH>{t("creator")}</TH>
        {CREATOR_COLUMNS.map((h) => (
          <TH key={h} align="right">
            {t(h)}
          </TH>
        ))}
      </THead>
      <TBody>
        {rows.map((r) => {
          const cells = [
            r.viewsMeasured ? formatInteger(r.views) : t("notLinked"),
            formatInteger(r.clicks),
            formatPercent(r.ctr, 2),
            r.refunds
              ? t("ordersRefunded", { orders: formatInteger(r.orders), refunds: r.refunds })
              : formatInteger(r.orders),
            money(r.revenue),
            money(r.cost),
            formatPercent(r.roi),
            formatMultiple(r.roas),
            money(r.cpa),
          ];
          return (
            <TR key={r.matchId}>
              <TD label={t("creator")} primary>
                <span className="font-medium">{r.creatorName}</span>{" "}
                <span className="text-xs text-slate-500">{te(`matchStatus.${r.status}`)}</span>
                {r.settlementStatus ? (
                  <span className="block text-xs text-slate-500">
                    {tt("report.settled", { status: tm(`status.${r.settlementStatus}`) })}
                  </span>
                ) : null}
                {r.resultsSource === "entered" || r.resultsSource === "mixed" ? (
                  <span className="block text-xs text-amber-700">
                    {t(r.resultsSource === "entered" ? "resultsEntered" : "resultsMixed")}
                  </span>
                ) : null}
              </TD>
              {cells.map((c, i) => (
                <TD key={CREATOR_COLUMNS[i]} label={t(CREATOR_COLUMNS[i])} align="right">
                  {c}
                </TD>
              ))}
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}

export function ForecastTable({ rows }: { rows: ForecastReportRow[] }) {
  const t = useTranslations("report");
  const { formatInteger, formatPercent } = useFormat();
  return (
    <Table caption={t("forecast")}>
      <THead>
        <TH>{t("creator")}</TH>
        <TH align="right">{t("predictedViews")}</TH>
        <TH align="right">{t("actualViews")}</TH>
        <TH align="right">{t("inRange")}</TH>
        <TH align="right">{t("error")}</TH>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.matchId}>
            <TD label={t("creator")} primary>
              <span className="font-medium">{r.creatorName}</span>
            </TD>
            <TD label={t("predictedViews")} align="right">
              {formatInteger(r.predictedMin)} – {formatInteger(r.predictedMax)}
            </TD>
            <TD label={t("actualViews")} align="right">
              {r.actual === null ? t("notMeasured") : formatInteger(r.actual)}
            </TD>
            <TD label={t("inRange")} align="right">
              {r.withinRange === null ? "—" : r.withinRange ? t("yes") : t("no")}
            </TD>
            <TD label={t("error")} align="right">
              {r.error === null ? "—" : `${r.error > 0 ? "+" : ""}${formatPercent(r.error)}`}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
