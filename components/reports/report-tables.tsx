// The report's two tables: figures per creator, and forecast against actual, in the
// app's table kit (rows become cards on a phone). Money in the campaign's currency.
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type {
  CreatorReportRow,
  ForecastReportRow,
} from "@/lib/reporting/campaign/get-campaign-report";
import { formatInteger, formatMoney, formatMultiple, formatPercent } from "@/lib/reporting/format";

const CREATOR_COLUMNS = [
  "Views",
  "Clicks",
  "CTR",
  "Orders",
  "Revenue",
  "Cost",
  "ROI",
  "ROAS",
  "CPA",
];

export function CreatorTable({ rows, currency }: { rows: CreatorReportRow[]; currency: string }) {
  const money = (n: number | null) => formatMoney(n, currency);
  return (
    <Table caption="Figures per creator">
      <THead>
        <TH>Creator</TH>
        {CREATOR_COLUMNS.map((h) => (
          <TH key={h} align="right">
            {h}
          </TH>
        ))}
      </THead>
      <TBody>
        {rows.map((r) => {
          const cells = [
            r.viewsMeasured ? formatInteger(r.views) : "not linked",
            formatInteger(r.clicks),
            formatPercent(r.ctr, 2),
            `${formatInteger(r.orders)}${r.refunds ? ` (−${r.refunds} refunded)` : ""}`,
            money(r.revenue),
            money(r.cost),
            formatPercent(r.roi),
            formatMultiple(r.roas),
            money(r.cpa),
          ];
          return (
            <TR key={r.matchId}>
              <TD label="Creator" primary>
                <span className="font-medium">{r.creatorName}</span>{" "}
                <span className="text-xs text-slate-500">{r.status.toLowerCase()}</span>
              </TD>
              {cells.map((c, i) => (
                <TD key={CREATOR_COLUMNS[i]} label={CREATOR_COLUMNS[i]} align="right">
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
  return (
    <Table caption="Forecast against actual">
      <THead>
        <TH>Creator</TH>
        <TH align="right">Predicted views</TH>
        <TH align="right">Actual views</TH>
        <TH align="right">In range</TH>
        <TH align="right">Error</TH>
      </THead>
      <TBody>
        {rows.map((r) => (
          <TR key={r.matchId}>
            <TD label="Creator" primary>
              <span className="font-medium">{r.creatorName}</span>
            </TD>
            <TD label="Predicted views" align="right">
              {formatInteger(r.predictedMin)} – {formatInteger(r.predictedMax)}
            </TD>
            <TD label="Actual views" align="right">
              {r.actual === null ? "not measured" : formatInteger(r.actual)}
            </TD>
            <TD label="In range" align="right">
              {r.withinRange === null ? "—" : r.withinRange ? "yes" : "no"}
            </TD>
            <TD label="Error" align="right">
              {r.error === null ? "—" : `${r.error > 0 ? "+" : ""}${formatPercent(r.error)}`}
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
