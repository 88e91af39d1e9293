// CTR by one dimension: horizontal bars (readable on a phone), impressions in the
// tooltip heading.
import { Chart } from "@/components/charts/chart";
import { Card } from "@/components/ui/card";
import type { ReportRow } from "@/lib/adstats/schemas";
import { formatInteger } from "@/lib/reporting/format";

export function CtrBreakdown({
  title,
  rows,
  prefix = "",
}: {
  title: string;
  rows: ReportRow[];
  prefix?: string;
}) {
  return (
    <Card title={title} description="CTR = clicks / impressions, largest first">
      {rows.length === 0 ? (
        <p className="text-sm text-slate-500">No impressions under these filters.</p>
      ) : (
        <Chart
          kind="bar"
          orientation="rows"
          showValues
          valueFormat="percent"
          title={title}
          data={rows.map((r) => ({
            x: prefix + r.key,
            y: r.ctr,
            label: `${formatInteger(r.impressions)} impressions`,
          }))}
          series={[{ key: "y", label: "CTR" }]}
          tooltipLabelKey="label"
          height={Math.max(120, rows.length * 28 + 40)}
        />
      )}
    </Card>
  );
}
