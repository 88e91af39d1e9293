// Top sites or apps by impressions, with their CTR.
import { Card } from "@/components/ui/card";
import { Table, TBody, TD, TH, THead, TR } from "@/components/ui/table";
import type { ReportRow } from "@/lib/adstats/schemas";
import { formatInteger, formatPercent } from "@/lib/reporting/format";

export function TopTable({
  title,
  rows,
  what,
}: {
  title: string;
  rows: ReportRow[];
  what: string;
}) {
  return (
    <Card
      title={title}
      description={`By impressions; placeholder ${what.toLowerCase()} ids left out`}
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No impressions under these filters.</p>
      ) : (
        <Table caption={title}>
          <THead>
            <TH>{what} id</TH>
            <TH align="right">Impressions</TH>
            <TH align="right">Clicks</TH>
            <TH align="right">CTR</TH>
          </THead>
          <TBody>
            {rows.map((r) => (
              <TR key={r.key}>
                <TD label={`${what} id`} primary>
                  <code className="text-slate-800">{r.key}</code>
                </TD>
                <TD label="Impressions" align="right">
                  {formatInteger(r.impressions)}
                </TD>
                <TD label="Clicks" align="right">
                  {formatInteger(r.clicks)}
                </TD>
                <TD label="CTR" align="right">
                  {formatPercent(r.ctr, 2)}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
